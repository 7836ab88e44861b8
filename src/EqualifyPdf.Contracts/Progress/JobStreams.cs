namespace EqualifyPdf.Contracts.Progress;

/// <summary>
/// Names of the Orleans stream a job publishes its <see cref="JobEvent"/>s on while someone watches it, keyed by job id.
/// </summary>
public static class JobStreams
{
    /// <summary>The stream provider (memory streams; pub-sub state in the grain-storage Redis).</summary>
    public const string Provider = "JobEvents";

    /// <summary>The stream namespace; the key is the job id.</summary>
    public const string Namespace = "job";

    /// <summary>How many recent events per job are kept for replay by <c>Last-Event-ID</c>.</summary>
    public const int RecentEvents = 200;

    /// <summary>
    /// How long one <c>IJobGrain.Watch</c> keeps a job publishing on its stream. Long enough that a follower renewing
    /// every few seconds never lets it lapse, short enough that a follower gone without a word costs little.
    /// </summary>
    public static readonly TimeSpan WatchLease = TimeSpan.FromSeconds(30);
}
