namespace EqualifyPdf.Contracts.Jobs;

/// <summary>A PII finding as a reviewer sees it: the value is masked, never raw.</summary>
/// <param name="EntityType">What was found (e.g. <c>EDUCATION_RECORD</c>, <c>STAFF_CONTACT</c>).</param>
/// <param name="Page">1-based page.</param>
/// <param name="Score">Confidence 0–1.</param>
/// <param name="Snippet">The masked value.</param>
/// <param name="TriggersReview">Whether this finding sends the document to review; informational ones (staff
/// contacts, public authors, links) are listed but do not.</param>
/// <param name="Reason">Why it was classified so, e.g. "student name next to a grade or score".</param>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.MaskedFinding")]
public sealed record MaskedFinding(string EntityType, int Page, double Score, string Snippet, bool TriggersReview = true, string Reason = "");
