using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.Contracts.Progress;

/// <summary>
/// One live-progress event of a job, published on the job's stream and kept in its recent-events log.
/// <paramref name="Sequence"/> increases per job (1, 2, …) and is the SSE <c>id:</c> a reconnect resumes from.
/// </summary>
/// <param name="Sequence">Per-job position, assigned by <see cref="IJobProgressStore.AppendAsync"/>; 0 before.</param>
/// <param name="JobId">The job.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Status">The job's status after the event.</param>
/// <param name="Stage">The job's stage after the event.</param>
/// <param name="Progress">0–100.</param>
/// <param name="QueuePosition">Place in the document-worker queue (1 = next), when waiting.</param>
/// <param name="Error">Why it failed, for a <c>failed</c> status.</param>
/// <param name="Page">Pages corrected so far, for <see cref="JobEventKind.Page"/>.</param>
/// <param name="PagesTotal">Pages of the document, once known.</param>
/// <param name="At">When the change was committed.</param>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.JobEvent")]
public sealed record JobEvent(
    [property: Id(0)] long Sequence,
    [property: Id(1)] string JobId,
    [property: Id(2)] JobEventKind Kind,
    [property: Id(3)] JobStatus Status,
    [property: Id(4)] string Stage,
    [property: Id(5)] int Progress,
    [property: Id(6)] int? QueuePosition,
    [property: Id(7)] JobError? Error,
    [property: Id(8)] int? Page,
    [property: Id(9)] int? PagesTotal,
    [property: Id(10)] DateTimeOffset At);
