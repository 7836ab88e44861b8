namespace EqualifyPdf.Cli.Service;

/// <summary>A masked finding.</summary>
internal sealed record FindingView(string EntityType, int Page, double Score, string Snippet, bool TriggersReview, string Reason);
