using System.Collections.Concurrent;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Contracts.Progress;

namespace EqualifyPdf.Workflow.Progress;

/// <summary>
/// <see cref="IJobProgressStore"/> inside one process: the default when the host registers none (a single test
/// silo, the benchmarks). A real deployment registers the Redis store, which every silo and API process shares.
/// </summary>
public sealed class InMemoryJobProgressStore : IJobProgressStore
{
    private readonly ConcurrentDictionary<string, List<JobEvent>> _events = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JobIndexRecord> _index = new(StringComparer.Ordinal);
    private readonly Lock _timingGate = new();
    private StageTiming _timing = StageTiming.Empty;

    /// <summary>The index entries written so far, by job id.</summary>
    public IReadOnlyDictionary<string, JobIndexRecord> Index => _index;

    /// <inheritdoc />
    public Task<IReadOnlyList<JobEvent>> AppendAsync(
        string jobId, IReadOnlyList<JobEvent> events, JobIndexRecord? index, JobStatus? indexedAs = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var log = _events.GetOrAdd(jobId, _ => []);
        List<JobEvent> numbered;
        lock (log)
        {
            var next = log.Count == 0 ? 1 : log[^1].Sequence + 1;
            numbered = [.. events.Select((e, i) => e with { Sequence = next + i })];
            log.AddRange(numbered);
            if (log.Count > JobStreams.RecentEvents)
            {
                log.RemoveRange(0, log.Count - JobStreams.RecentEvents);
            }
        }

        if (index is not null)
        {
            _index[jobId] = index;
        }

        return Task.FromResult<IReadOnlyList<JobEvent>>(numbered);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<JobEvent>> ReadAfterAsync(string jobId, long after)
    {
        if (!_events.TryGetValue(jobId, out var log))
        {
            return Task.FromResult<IReadOnlyList<JobEvent>>([]);
        }

        lock (log)
        {
            return Task.FromResult<IReadOnlyList<JobEvent>>([.. log.Where(e => e.Sequence > after)]);
        }
    }

    /// <inheritdoc />
    public Task IndexAsync(JobIndexRecord index)
    {
        ArgumentNullException.ThrowIfNull(index);
        _index[index.JobId] = index;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemoveAsync(string jobId)
    {
        _events.TryRemove(jobId, out _);
        _index.TryRemove(jobId, out _);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RecordTimingAsync(IReadOnlyDictionary<string, double> stageSeconds, int pages)
    {
        ArgumentNullException.ThrowIfNull(stageSeconds);
        if (pages > 0)
        {
            lock (_timingGate)
            {
                var perPage = new Dictionary<string, double>(_timing.SecondsPerPage);
                foreach (var (stage, seconds) in stageSeconds)
                {
                    perPage[stage] = StageTiming.Blend(perPage.GetValueOrDefault(stage), seconds / pages);
                }

                _timing = new StageTiming(perPage, StageTiming.Blend(_timing.PagesPerDocument, pages));
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<StageTiming> GetTimingAsync()
    {
        lock (_timingGate)
        {
            return Task.FromResult(_timing);
        }
    }
}
