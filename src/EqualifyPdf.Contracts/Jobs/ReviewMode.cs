namespace EqualifyPdf.Contracts.Jobs;

/// <summary>When a person reviews a document before conversion. Serialized <c>auto</c>/<c>human</c>.</summary>
[GenerateSerializer]
[Alias("EqualifyPdf.ReviewMode")]
public enum ReviewMode
{
    /// <summary>Only when the PII scan finds something that needs review.</summary>
    Auto = 0,

    /// <summary>Always, even when the scan is clean.</summary>
    Human = 1,
}
