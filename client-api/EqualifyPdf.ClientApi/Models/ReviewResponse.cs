using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.ClientApi.Models;

/// <summary>The body of <c>GET /api/v1/approval/{token}/review</c>; snippets are masked by the grain.</summary>
/// <param name="JobId">The job under review.</param>
/// <param name="Filename">The uploaded file name.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
/// <param name="Findings">Every listed finding, in document order.</param>
/// <param name="FindingCounts">Findings per entity type over the whole document.</param>
/// <param name="Pages">The same findings grouped by page, each saying whether and why it sends the document to review.</param>
public sealed record ReviewResponse(
    string JobId,
    string Filename,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<MaskedFinding> Findings,
    IReadOnlyDictionary<string, int> FindingCounts,
    IReadOnlyList<ReviewPage> Pages)
{
    /// <summary>Builds the answer, grouping <paramref name="findings"/> by page.</summary>
    public static ReviewResponse From(string jobId, string filename, DateTimeOffset expiresAt, IReadOnlyList<MaskedFinding> findings,
        IReadOnlyDictionary<string, int> counts) =>
        new(jobId, filename, expiresAt, findings, counts,
            [.. findings.GroupBy(f => f.Page).OrderBy(g => g.Key).Select(g => new ReviewPage(g.Key, g.Count(f => f.TriggersReview), [.. g]))]);
}

/// <summary>One page of a review: its findings and how many of them trigger review.</summary>
public sealed record ReviewPage(int Page, int TriggeringFindings, IReadOnlyList<MaskedFinding> Findings);
