namespace EqualifyPdf.Pii.Model;

/// <summary>The verdict on a whole document.</summary>
/// <param name="Verdict">Whether a human must review before the document may go further.</param>
/// <param name="Findings">Every finding at or above the threshold, ordered by page then offset.</param>
/// <param name="CountsByType">Number of findings per entity type.</param>
/// <param name="PagesInvolved">Pages holding findings that trigger review, ascending.</param>
public sealed record PiiReport(
    PiiVerdict Verdict,
    IReadOnlyList<PiiFinding> Findings,
    IReadOnlyDictionary<string, int> CountsByType,
    IReadOnlyList<int> PagesInvolved);

/// <summary>Document verdict.</summary>
public enum PiiVerdict
{
    /// <summary>No finding of a type that triggers review.</summary>
    Clean,
    /// <summary>At least one finding of a type that triggers review.</summary>
    NeedsReview,
}
