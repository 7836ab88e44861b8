namespace EqualifyPdf.Contracts.Jobs;

/// <summary>A PII finding as a reviewer sees it: the value is masked, never raw.</summary>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.MaskedFinding")]
public sealed record MaskedFinding(string EntityType, int Page, double Score, string Snippet);
