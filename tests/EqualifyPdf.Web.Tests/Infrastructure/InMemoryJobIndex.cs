using System.Collections.Concurrent;
using System.Globalization;
using EqualifyPdf.ClientApi.Queries;
using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.Web.Tests.Infrastructure;

/// <summary>
/// An <see cref="IJobIndex"/> over entries the test adds, so the operator page can be driven through known data
/// (filters, paging, ages) independently of the Redis-backed index. Cursors are offsets into the filtered list.
/// </summary>
public sealed class InMemoryJobIndex : IJobIndex
{
    private readonly ConcurrentDictionary<string, JobIndexEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>Adds or replaces an entry.</summary>
    public void Put(JobIndexEntry entry) => _entries[entry.JobId] = entry;

    /// <inheritdoc />
    public Task<JobListPage> ListAsync(JobListQuery query, CancellationToken cancellationToken)
    {
        var matching = _entries.Values
            .Where(e => query.Status is null || e.Status == query.Status)
            .Where(e => query.Category is null || e.ErrorCategory == query.Category)
            .OrderByDescending(e => e.CreatedAt).ThenBy(e => e.JobId, StringComparer.Ordinal)
            .ToList();
        var offset = query.Cursor is null ? 0 : int.Parse(query.Cursor, CultureInfo.InvariantCulture);
        var items = matching.Skip(offset).Take(query.Limit).ToList();
        var next = offset + items.Count < matching.Count ? (offset + items.Count).ToString(CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new JobListPage(items, next));
    }

    /// <inheritdoc />
    public Task<JobStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var counts = _entries.Values.GroupBy(e => e.Status).ToDictionary(g => g.Key, g => (long)g.Count());
        var oldest = _entries.Values.Where(e => e.Status == JobStatus.AwaitingApproval).Select(e => (DateTimeOffset?)e.UpdatedAt).Min();
        return Task.FromResult(new JobStats(counts, oldest, 0));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<JobIndexEntry>> ListPendingApprovalsAsync(int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JobIndexEntry>>(
            [.. _entries.Values.Where(e => e.Status == JobStatus.AwaitingApproval).OrderBy(e => e.UpdatedAt).Take(limit)]);
}
