using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Contracts.Progress;

namespace EqualifyPdf.Workflow.Bench;

/// <summary>
/// Live progress switched off, to measure what it costs: nothing is written to Redis (no event log, index or stage
/// timings) and, no event being numbered, nothing is published. Only the benchmark uses it.
/// </summary>
internal sealed class NoProgressStore : IJobProgressStore
{
    public Task<IReadOnlyList<JobEvent>> AppendAsync(string jobId, IReadOnlyList<JobEvent> events, JobIndexRecord? index, JobStatus? indexedAs = null) =>
        Task.FromResult<IReadOnlyList<JobEvent>>([]);

    public Task<IReadOnlyList<JobEvent>> ReadAfterAsync(string jobId, long after) => Task.FromResult<IReadOnlyList<JobEvent>>([]);

    public Task IndexAsync(JobIndexRecord index) => Task.CompletedTask;

    public Task RemoveAsync(string jobId) => Task.CompletedTask;

    public Task RecordTimingAsync(IReadOnlyDictionary<string, double> stageSeconds, int pages) => Task.CompletedTask;

    public Task<StageTiming> GetTimingAsync() => Task.FromResult(StageTiming.Empty);
}
