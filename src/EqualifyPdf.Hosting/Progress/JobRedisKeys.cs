using EqualifyPdf.Contracts.Jobs;
using StackExchange.Redis;

namespace EqualifyPdf.Hosting.Progress;

/// <summary>
/// The Redis keys of live progress and the operator index, shared by the silos (writers) and the API processes
/// (readers). Every key starts with the service id, so clusters sharing one Redis never see each other's jobs.
/// </summary>
public sealed class JobRedisKeys(string serviceId)
{
    private readonly string _prefix = $"equalify:{serviceId}:";

    /// <summary>The job's last event sequence number (INCR).</summary>
    public RedisKey Sequence(string jobId) => $"{_prefix}job:{jobId}:seq";

    /// <summary>The job's recent events, oldest first, each <c>sequence|json</c>, capped.</summary>
    public RedisKey Events(string jobId) => $"{_prefix}job:{jobId}:events";

    /// <summary>The job's index entry (JSON).</summary>
    public RedisKey Entry(string jobId) => $"{_prefix}job:{jobId}:entry";

    /// <summary>Every indexed job, scored by creation time (Unix ms).</summary>
    public RedisKey AllJobs => $"{_prefix}jobs";

    /// <summary>The jobs in <paramref name="status"/>, scored by creation time (Unix ms).</summary>
    public RedisKey ByStatus(JobStatus status) => $"{_prefix}jobs:{(int)status}";

    /// <summary>Set once the index has been built from the job states; missing means rebuild.</summary>
    public RedisKey IndexReady => $"{_prefix}index:ready";

    /// <summary>Held by the one silo rebuilding the index.</summary>
    public RedisKey IndexRebuildLock => $"{_prefix}index:rebuilding";

    /// <summary>Moving averages of stage durations (hash).</summary>
    public RedisKey Timing => $"{_prefix}timing";

    /// <summary>Document steps waiting in one silo, refreshed by that silo with a short expiry.</summary>
    public RedisKey QueueDepth(string silo) => $"{_prefix}queue:{silo}";

    /// <summary>The silos that report a queue depth (set).</summary>
    public RedisKey QueueReporters => $"{_prefix}queue-reporters";

    /// <summary>A single-use SSE stream token (by its hash).</summary>
    public RedisKey StreamToken(string tokenHash) => $"{_prefix}stream-token:{tokenHash}";

    /// <summary>Every status, in enum order (the status sets a transition moves a job between).</summary>
    public static IReadOnlyList<JobStatus> Statuses { get; } = Enum.GetValues<JobStatus>();
}
