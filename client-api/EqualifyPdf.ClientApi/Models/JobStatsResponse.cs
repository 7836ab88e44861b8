namespace EqualifyPdf.ClientApi.Models;

/// <summary>The body of <c>GET /api/v1/jobs/stats</c>; <paramref name="Counts"/> is keyed by wire status (<c>awaiting_approval</c>).</summary>
public sealed record JobStatsResponse(IReadOnlyDictionary<string, long> Counts, DateTimeOffset? OldestPendingApproval, int QueueDepth);
