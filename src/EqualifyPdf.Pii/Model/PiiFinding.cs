namespace EqualifyPdf.Pii.Model;

/// <summary>One detected span of personal information. Never carries the raw value.</summary>
/// <param name="EntityType">One of <see cref="PiiEntityTypes"/>.</param>
/// <param name="Page">1-based page (1 for plain text).</param>
/// <param name="Start">Start offset into that page's text.</param>
/// <param name="End">End offset (exclusive) into that page's text.</param>
/// <param name="Score">Confidence 0–1 after context adjustment.</param>
/// <param name="Snippet">Masked rendering of the value, e.g. <c>j***@example.edu</c>, <c>***-**-6789</c>.</param>
public sealed record PiiFinding(string EntityType, int Page, int Start, int End, double Score, string Snippet);
