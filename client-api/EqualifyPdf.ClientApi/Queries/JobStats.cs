using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.ClientApi.Queries;

/// <summary>The answer of <c>/api/v1/jobs/stats</c>.</summary>
public sealed record JobStats(
    IReadOnlyDictionary<JobStatus, long> Counts,
    DateTimeOffset? OldestPendingApproval,
    int QueueDepth);
