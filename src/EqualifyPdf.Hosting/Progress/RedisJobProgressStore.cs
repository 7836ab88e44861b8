using System.Globalization;
using System.Text.Json;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Contracts.Progress;
using StackExchange.Redis;

namespace EqualifyPdf.Hosting.Progress;

/// <summary>
/// <see cref="IJobProgressStore"/> on Redis (or the embedded Garnet). An append is one Lua script, so the sequence
/// numbers, the capped event log and the index entry (with the job moved between the status sets) change together
/// or not at all, whichever silo runs the job.
/// </summary>
public sealed class RedisJobProgressStore(IConnectionMultiplexer redis, JobRedisKeys keys) : IJobProgressStore
{
    // KEYS: seq, events, entry, all, the status set the job moves to, then the sets it may be leaving. ARGV: cap, n,
    // n event bodies, then (when indexed) the score, the job id and the entry JSON. Only the sets the caller names are
    // cleared: the grain knows the one its last indexed write used, so a transition costs one ZREM, not one per status.
    // (One script rather than INCRBY + MULTI/EXEC: on the embedded Garnet the two round trips and the transaction
    // measured slower than the script they replace.)
    private const string AppendScript = """
        local n = tonumber(ARGV[2])
        local first = 0
        if n > 0 then
          first = redis.call('INCRBY', KEYS[1], n) - n + 1
          for i = 1, n do
            redis.call('RPUSH', KEYS[2], tostring(first + i - 1) .. '|' .. ARGV[2 + i])
          end
          redis.call('LTRIM', KEYS[2], -tonumber(ARGV[1]), -1)
        end
        local at = 3 + n
        if ARGV[at] then
          for s = 6, #KEYS do
            redis.call('ZREM', KEYS[s], ARGV[at + 1])
          end
          redis.call('ZADD', KEYS[5], ARGV[at], ARGV[at + 1])
          redis.call('ZADD', KEYS[4], ARGV[at], ARGV[at + 1])
          redis.call('SET', KEYS[3], ARGV[at + 2])
        end
        return first
        """;

    private const string PagesField = "pages";

    private IDatabase Db => redis.GetDatabase();

    /// <inheritdoc />
    public async Task<IReadOnlyList<JobEvent>> AppendAsync(
        string jobId, IReadOnlyList<JobEvent> events, JobIndexRecord? index, JobStatus? indexedAs = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var redisKeys = new List<RedisKey> { keys.Sequence(jobId), keys.Events(jobId), keys.Entry(jobId), keys.AllJobs };
        var args = new List<RedisValue> { JobStreams.RecentEvents, events.Count };
        args.AddRange(events.Select(e => (RedisValue)JsonSerializer.Serialize(e with { Sequence = 0 }, ProgressJson.Options)));
        if (index is not null)
        {
            redisKeys.Add(keys.ByStatus(index.Status));
            var leaving = indexedAs is { } known ? (known == index.Status ? [] : [known]) : JobRedisKeys.Statuses.Where(s => s != index.Status);
            redisKeys.AddRange(leaving.Select(keys.ByStatus));
            args.Add(index.CreatedAt.ToUnixTimeMilliseconds());
            args.Add(index.JobId);
            args.Add(JsonSerializer.Serialize(index, ProgressJson.Options));
        }

        var first = (long)await Db.ScriptEvaluateAsync(AppendScript, [.. redisKeys], [.. args]).ConfigureAwait(false);
        return [.. events.Select((e, i) => e with { Sequence = first + i })];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JobEvent>> ReadAfterAsync(string jobId, long after)
    {
        var entries = await Db.ListRangeAsync(keys.Events(jobId)).ConfigureAwait(false);
        var events = new List<JobEvent>(entries.Length);
        foreach (var entry in entries)
        {
            var text = (string)entry!;
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            var sequence = long.Parse(text.AsSpan(0, bar), CultureInfo.InvariantCulture);
            if (sequence > after && JsonSerializer.Deserialize<JobEvent>(text.AsSpan(bar + 1), ProgressJson.Options) is { } e)
            {
                events.Add(e with { Sequence = sequence });
            }
        }

        return events;
    }

    /// <inheritdoc />
    public Task IndexAsync(JobIndexRecord index) => AppendAsync(index.JobId, [], index);

    /// <inheritdoc />
    public async Task RemoveAsync(string jobId)
    {
        var db = redis.GetDatabase();
        var batch = db.CreateBatch();
        var removals = JobRedisKeys.Statuses.Select(s => (Task)batch.SortedSetRemoveAsync(keys.ByStatus(s), jobId))
            .Append(batch.SortedSetRemoveAsync(keys.AllJobs, jobId))
            .Append(batch.KeyDeleteAsync([keys.Sequence(jobId), keys.Events(jobId), keys.Entry(jobId)]))
            .ToList();
        batch.Execute();
        await Task.WhenAll(removals).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RecordTimingAsync(IReadOnlyDictionary<string, double> stageSeconds, int pages)
    {
        ArgumentNullException.ThrowIfNull(stageSeconds);
        if (pages <= 0)
        {
            return;
        }

        // Read-modify-write without a lock: two jobs finishing at the same instant lose one sample, which an
        // estimate can afford.
        var current = await GetTimingAsync().ConfigureAwait(false);
        var fields = stageSeconds
            .Select(s => new HashEntry(s.Key, StageTiming.Blend(current.SecondsPerPage.GetValueOrDefault(s.Key), s.Value / pages)))
            .Append(new HashEntry(PagesField, StageTiming.Blend(current.PagesPerDocument, pages)))
            .ToArray();
        await Db.HashSetAsync(keys.Timing, fields).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StageTiming> GetTimingAsync()
    {
        var entries = await Db.HashGetAllAsync(keys.Timing).ConfigureAwait(false);
        var perPage = entries.Where(e => e.Name != PagesField).ToDictionary(e => (string)e.Name!, e => (double)e.Value);
        var pages = entries.FirstOrDefault(e => e.Name == PagesField).Value;
        return new StageTiming(perPage, pages.IsNull ? 0 : (double)pages);
    }

}
