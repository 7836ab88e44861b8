namespace EqualifyPdf.Pii.Model;

/// <summary>One detected span of personal information. Never carries the raw value.</summary>
/// <param name="EntityType">One of <see cref="PiiEntityTypes"/>.</param>
/// <param name="Page">1-based page (1 for plain text).</param>
/// <param name="Start">Start offset into that page's text.</param>
/// <param name="End">End offset (exclusive) into that page's text.</param>
/// <param name="Score">Confidence 0–1 after context adjustment.</param>
/// <param name="Snippet">Masked rendering of the value, e.g. <c>j***@example.edu</c>, <c>***-**-6789</c>.</param>
public sealed record PiiFinding(string EntityType, int Page, int Start, int End, double Score, string Snippet)
{
    /// <summary>
    /// Whether this finding alone sends the document to review (its type is in <see cref="PiiOptions.ReviewEntityTypes"/>).
    /// Informational findings (staff contacts, public authors, links) are listed but do not.
    /// </summary>
    public bool TriggersReview { get; init; }

    /// <summary>A short human-readable reason for the type, e.g. "student name next to a grade".</summary>
    public string Reason { get; init; } = "";
}
