using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.Contracts.Progress;

/// <summary>
/// Where live progress lives outside the grains, shared by every silo and API process: the per-job event sequence
/// with a capped log of recent events (what a reconnecting stream replays), the operator index, and the measured
/// stage durations. Silos write; API processes read.
/// </summary>
public interface IJobProgressStore
{
    /// <summary>Gives <paramref name="events"/> the job's next sequence numbers, appends them to its recent-events log
    /// and, in the same round trip, writes <paramref name="index"/> to the operator index.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="events">Its new events, in commit order (may be empty).</param>
    /// <param name="index">Its index entry, or null to leave the index as it is.</param>
    /// <param name="indexedAs">The status the index certainly holds the job under (the caller's last indexed write),
    /// so only that status's list is left; null when unknown, and every other status's list is cleared.</param>
    /// <returns>The events with their sequence numbers, in order.</returns>
    Task<IReadOnlyList<JobEvent>> AppendAsync(string jobId, IReadOnlyList<JobEvent> events, JobIndexRecord? index, JobStatus? indexedAs = null);

    /// <summary>The logged events of <paramref name="jobId"/> with a sequence above <paramref name="after"/>, oldest first.</summary>
    Task<IReadOnlyList<JobEvent>> ReadAfterAsync(string jobId, long after);

    /// <summary>Writes <paramref name="index"/> without an event (the index rebuild).</summary>
    Task IndexAsync(JobIndexRecord index);

    /// <summary>Forgets a purged job: its events, sequence and index entry.</summary>
    Task RemoveAsync(string jobId);

    /// <summary>Folds a finished job's seconds per stage into the moving averages.</summary>
    Task RecordTimingAsync(IReadOnlyDictionary<string, double> stageSeconds, int pages);

    /// <summary>The current moving averages.</summary>
    Task<StageTiming> GetTimingAsync();
}
