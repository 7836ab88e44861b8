using System.Globalization;
using System.Text.Json;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Contracts.Progress;
using EqualifyPdf.Hosting.Progress;
using StackExchange.Redis;

namespace EqualifyPdf.ClientApi.Queries;

/// <summary>
/// <see cref="IJobIndex"/> over the Redis index the job grains keep (<see cref="JobRedisKeys"/>): one sorted set of
/// all jobs and one per status, scored by creation time, and one JSON entry per job. A page walks the narrowest set
/// newest first from the cursor (a creation time and job id) and filters the rest of the query on the entries.
/// </summary>
public sealed class RedisJobIndex(IConnectionMultiplexer redis, JobRedisKeys keys) : IJobIndex
{
    private const int MaxLimit = 200;
    private const int BatchSize = 100;

    /// <inheritdoc />
    public async Task<JobListPage> ListAsync(JobListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        var set = query.Status is { } status ? keys.ByStatus(status) : keys.AllJobs;
        var (maxScore, afterId) = JobCursor.Parse(query.Cursor);
        var minScore = query.Since?.ToUnixTimeMilliseconds() ?? double.NegativeInfinity;
        var db = redis.GetDatabase();
        var items = new List<JobIndexEntry>(limit);
        var skip = 0L;
        while (items.Count < limit)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = await db.SortedSetRangeByScoreWithScoresAsync(
                set, minScore, maxScore, Exclude.None, Order.Descending, skip, BatchSize).ConfigureAwait(false);
            if (batch.Length == 0)
            {
                return new JobListPage(items, null);
            }

            skip += batch.Length;
            var entries = await db.StringGetAsync([.. batch.Select(b => keys.Entry((string)b.Element!))]).ConfigureAwait(false);
            for (var i = 0; i < batch.Length; i++)
            {
                var id = (string)batch[i].Element!;
                if (batch[i].Score == maxScore && afterId is not null && string.CompareOrdinal(id, afterId) >= 0)
                {
                    continue; // on the previous page (ties in time are ordered by id, descending)
                }

                if (Read(entries[i]) is { } entry && Matches(entry, query))
                {
                    items.Add(entry);
                    if (items.Count == limit)
                    {
                        return new JobListPage(items, JobCursor.Format(batch[i].Score, id));
                    }
                }
            }
        }

        return new JobListPage(items, null);
    }

    /// <inheritdoc />
    public async Task<JobStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var counts = new Dictionary<JobStatus, long>();
        foreach (var status in JobRedisKeys.Statuses)
        {
            counts[status] = await db.SortedSetLengthAsync(keys.ByStatus(status)).ConfigureAwait(false);
        }

        var oldest = await ListPendingApprovalsAsync(1, cancellationToken).ConfigureAwait(false);
        var reporters = await db.SetMembersAsync(keys.QueueReporters).ConfigureAwait(false);
        var depths = reporters.Length == 0
            ? []
            : await db.StringGetAsync([.. reporters.Select(r => keys.QueueDepth((string)r!))]).ConfigureAwait(false);
        var depth = depths.Where(d => d.HasValue).Sum(d => (int)d);
        return new JobStats(counts, oldest.Count > 0 ? oldest[0].CreatedAt : null, depth);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JobIndexEntry>> ListPendingApprovalsAsync(int limit, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var ids = await db.SortedSetRangeByScoreAsync(
            keys.ByStatus(JobStatus.AwaitingApproval), order: Order.Ascending, take: Math.Clamp(limit, 1, MaxLimit)).ConfigureAwait(false);
        if (ids.Length == 0)
        {
            return [];
        }

        var entries = await db.StringGetAsync([.. ids.Select(id => keys.Entry((string)id!))]).ConfigureAwait(false);
        return [.. entries.Select(Read).OfType<JobIndexEntry>().Where(e => e.Status == JobStatus.AwaitingApproval)];
    }

    private static bool Matches(JobIndexEntry entry, JobListQuery query) =>
        (query.Status is null || entry.Status == query.Status)
        && (query.SubmittedBy is null || string.Equals(entry.SubmittedBy, query.SubmittedBy, StringComparison.Ordinal))
        && (query.Category is null || entry.ErrorCategory == query.Category);

    private static JobIndexEntry? Read(RedisValue value)
    {
        if (value.IsNullOrEmpty || JsonSerializer.Deserialize<JobIndexRecord>((string)value!, ProgressJson.Options) is not { } r)
        {
            return null;
        }

        return new JobIndexEntry(r.JobId, r.Status, r.Stage, r.Filename, r.SubmittedBy, r.CreatedAt, r.UpdatedAt, r.ErrorCategory, r.ApprovalExpiresAt);
    }

    /// <summary>The opaque paging cursor: the last item's creation time (Unix ms) and id.</summary>
    private static class JobCursor
    {
        public static (double MaxScore, string? AfterId) Parse(string? cursor)
        {
            if (cursor is null)
            {
                return (double.PositiveInfinity, null);
            }

            var dot = cursor.IndexOf('.', StringComparison.Ordinal);
            return dot > 0 && double.TryParse(cursor.AsSpan(0, dot), NumberStyles.Float, CultureInfo.InvariantCulture, out var score)
                ? (score, cursor[(dot + 1)..])
                : (double.PositiveInfinity, null);
        }

        public static string Format(double score, string id) => string.Create(CultureInfo.InvariantCulture, $"{score:R}.{id}");
    }
}
