using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.ClientApi.Models;

/// <summary>The body of <c>GET /api/v1/approval/{token}/review</c>; snippets are masked by the grain.</summary>
public sealed record ReviewResponse(
    string JobId,
    string Filename,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<MaskedFinding> Findings,
    IReadOnlyDictionary<string, int> FindingCounts);
