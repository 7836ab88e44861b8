namespace EqualifyPdf.ClientApi.Pages.Review;

/// <summary>What a review link leads to.</summary>
public enum ReviewLinkState
{
    /// <summary>The findings and the decision form.</summary>
    Open,
    /// <summary>The decision was recorded just now.</summary>
    Decided,
    /// <summary>Someone already decided on this document (409).</summary>
    AlreadyDecided,
    /// <summary>The link expired or was replaced by a newer one (410).</summary>
    Expired,
    /// <summary>No such link (404).</summary>
    Unknown,
}
