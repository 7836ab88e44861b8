namespace EqualifyPdf.Cli.Service;

/// <summary>The body of <c>GET /api/v1/approval/{token}/review</c>.</summary>
internal sealed record ReviewView(string JobId, string Filename, DateTimeOffset ExpiresAt, IReadOnlyList<FindingView> Findings,
    IReadOnlyDictionary<string, int>? FindingCounts);
