using System.Globalization;
using System.Text.Json;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Contracts.Progress;
using StackExchange.Redis;

namespace EqualifyPdf.Hosting.Progress;

/// <summary>
/// <see cref="IJobProgressStore"/> on Redis (or the embedded Garnet). Each job's append changes its sequence numbers,
/// capped event log and index entry (with the job moved between the status sets) together or not at all, whichever
/// silo runs the job. Appends that jobs make while one is in flight go together in the next script call
/// (<see cref="GroupCommit{TItem, TResult}"/>): every grain commit appends, and on the embedded Garnet with commit-wait
/// each script call is a disk commit of its own.
/// </summary>
public sealed class RedisJobProgressStore : IJobProgressStore
{
    // ARGV: cap, m (appends), then per append: its key count, n (events), the n event bodies, then (when indexed) the
    // score, the job id and the entry JSON. KEYS, per append: seq, events, entry, all, then (when indexed) the status
    // set the job moves to and the sets it may be leaving. Only the sets the caller names are cleared: the grain knows
    // the one its last indexed write used, so a transition costs one ZREM, not one per status. Returns each append's
    // first sequence number (0 when it had no events).
    // (One script rather than INCRBY + MULTI/EXEC: on the embedded Garnet the two round trips and the transaction
    // measured slower than the script they replace.)
    private const string AppendScript = """
        local cap = tonumber(ARGV[1])
        local firsts = {}
        local a = 3
        local k = 1
        for j = 1, tonumber(ARGV[2]) do
          local keys = tonumber(ARGV[a])
          local n = tonumber(ARGV[a + 1])
          a = a + 2
          local first = 0
          if n > 0 then
            first = redis.call('INCRBY', KEYS[k], n) - n + 1
            for i = 1, n do
              redis.call('RPUSH', KEYS[k + 1], tostring(first + i - 1) .. '|' .. ARGV[a + i - 1])
            end
            redis.call('LTRIM', KEYS[k + 1], -cap, -1)
            a = a + n
          end
          if keys > 4 then
            for s = k + 5, k + keys - 1 do
              redis.call('ZREM', KEYS[s], ARGV[a + 1])
            end
            redis.call('ZADD', KEYS[k + 4], ARGV[a], ARGV[a + 1])
            redis.call('ZADD', KEYS[k + 3], ARGV[a], ARGV[a + 1])
            redis.call('SET', KEYS[k + 2], ARGV[a + 2])
            a = a + 3
          end
          firsts[j] = first
          k = k + keys
        end
        return firsts
        """;

    // Bounds one script's run: Redis (and Garnet's script lock) serve nothing else meanwhile.
    private const int MaxAppendsPerScript = 64;

    private const string PagesField = "pages";

    private readonly IConnectionMultiplexer _redis;
    private readonly JobRedisKeys _keys;
    private readonly GroupCommit<Append, long> _appends;

    /// <summary>Creates the store on <paramref name="redis"/> with the keys of one service.</summary>
    public RedisJobProgressStore(IConnectionMultiplexer redis, JobRedisKeys keys)
    {
        _redis = redis;
        _keys = keys;
        _appends = new GroupCommit<Append, long>(AppendBatchAsync, MaxAppendsPerScript);
    }

    private IDatabase Db => _redis.GetDatabase();

    /// <inheritdoc />
    public async Task<IReadOnlyList<JobEvent>> AppendAsync(
        string jobId, IReadOnlyList<JobEvent> events, JobIndexRecord? index, JobStatus? indexedAs = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var first = await _appends.AddAsync(new Append(jobId, events, index, indexedAs)).ConfigureAwait(false);
        return [.. events.Select((e, i) => e with { Sequence = first + i })];
    }

    private async Task<IReadOnlyList<long>> AppendBatchAsync(IReadOnlyList<Append> appends)
    {
        var redisKeys = new List<RedisKey>();
        var args = new List<RedisValue> { JobStreams.RecentEvents, appends.Count };
        foreach (var (jobId, events, index, indexedAs) in appends)
        {
            var keysBefore = redisKeys.Count;
            redisKeys.AddRange([_keys.Sequence(jobId), _keys.Events(jobId), _keys.Entry(jobId), _keys.AllJobs]);
            if (index is not null)
            {
                redisKeys.Add(_keys.ByStatus(index.Status));
                var leaving = indexedAs is { } known ? (known == index.Status ? [] : [known]) : JobRedisKeys.Statuses.Where(s => s != index.Status);
                redisKeys.AddRange(leaving.Select(_keys.ByStatus));
            }

            args.Add(redisKeys.Count - keysBefore);
            args.Add(events.Count);
            args.AddRange(events.Select(e => (RedisValue)JsonSerializer.Serialize(e with { Sequence = 0 }, ProgressJson.Options)));
            if (index is not null)
            {
                args.Add(index.CreatedAt.ToUnixTimeMilliseconds());
                args.Add(index.JobId);
                args.Add(JsonSerializer.Serialize(index, ProgressJson.Options));
            }
        }

        return (long[])(await Db.ScriptEvaluateAsync(AppendScript, [.. redisKeys], [.. args]).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JobEvent>> ReadAfterAsync(string jobId, long after)
    {
        var entries = await Db.ListRangeAsync(_keys.Events(jobId)).ConfigureAwait(false);
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
        var batch = Db.CreateBatch();
        var removals = JobRedisKeys.Statuses.Select(s => (Task)batch.SortedSetRemoveAsync(_keys.ByStatus(s), jobId))
            .Append(batch.SortedSetRemoveAsync(_keys.AllJobs, jobId))
            .Append(batch.KeyDeleteAsync([_keys.Sequence(jobId), _keys.Events(jobId), _keys.Entry(jobId)]))
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
        await Db.HashSetAsync(_keys.Timing, fields).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StageTiming> GetTimingAsync()
    {
        var entries = await Db.HashGetAllAsync(_keys.Timing).ConfigureAwait(false);
        var perPage = entries.Where(e => e.Name != PagesField).ToDictionary(e => (string)e.Name!, e => (double)e.Value);
        var pages = entries.FirstOrDefault(e => e.Name == PagesField).Value;
        return new StageTiming(perPage, pages.IsNull ? 0 : (double)pages);
    }

    private sealed record Append(string JobId, IReadOnlyList<JobEvent> Events, JobIndexRecord? Index, JobStatus? IndexedAs);
}
