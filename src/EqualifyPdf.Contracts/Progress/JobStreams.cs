namespace EqualifyPdf.Contracts.Progress;

/// <summary>Names of the Orleans stream every job publishes its <see cref="JobEvent"/>s on, keyed by job id.</summary>
public static class JobStreams
{
    /// <summary>The stream provider (memory streams; pub-sub state in the grain-storage Redis).</summary>
    public const string Provider = "JobEvents";

    /// <summary>The stream namespace; the key is the job id.</summary>
    public const string Namespace = "job";

    /// <summary>How many recent events per job are kept for replay by <c>Last-Event-ID</c>.</summary>
    public const int RecentEvents = 200;
}
