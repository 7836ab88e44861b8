namespace EqualifyPdf.ClientApi.Uploads;

/// <summary>What became of a multipart upload.</summary>
public enum UploadResultKind
{
    /// <summary>The PDF sits in the temp container.</summary>
    Stored,
    /// <summary>Rejected for the reasons in <see cref="UploadOutcome.Errors"/>; nothing was kept.</summary>
    Invalid,
    /// <summary>Larger than the configured limit; nothing was kept.</summary>
    TooLarge,
}
