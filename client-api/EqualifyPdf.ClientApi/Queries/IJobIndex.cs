namespace EqualifyPdf.ClientApi.Queries;

/// <summary>
/// The operator's view over all jobs, kept in Redis on every transition (not a scan of grains). Backs
/// <c>/api/v1/jobs</c>, <c>/api/v1/jobs/stats</c>, <c>/api/v1/approvals/pending</c> and the operator page.
/// </summary>
public interface IJobIndex
{
    /// <summary>Jobs matching <paramref name="query"/>, newest first, one page at a time.</summary>
    Task<JobListPage> ListAsync(JobListQuery query, CancellationToken cancellationToken);

    /// <summary>Counts by status, the oldest pending approval and the queue depth.</summary>
    Task<JobStats> GetStatsAsync(CancellationToken cancellationToken);

    /// <summary>Jobs awaiting a PII decision, oldest first.</summary>
    Task<IReadOnlyList<JobIndexEntry>> ListPendingApprovalsAsync(int limit, CancellationToken cancellationToken);
}
