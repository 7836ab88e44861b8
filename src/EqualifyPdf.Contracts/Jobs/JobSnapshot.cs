namespace EqualifyPdf.Contracts.Jobs;

/// <summary>Everything the status endpoint shows about a job. <see cref="QueuePosition"/> is set (1 = next) while
/// the job waits for a document worker, and its <see cref="Stage"/> then reads <c>queued</c>.
/// <see cref="EstimatedCompletionMinutes"/> comes from measured stage durations and the queue; null while a reviewer
/// decides, before anything was measured, and once the job ended.</summary>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.JobSnapshot")]
public sealed record JobSnapshot(
    [property: Id(0)] string JobId,
    [property: Id(1)] JobStatus Status,
    [property: Id(2)] string Stage,
    [property: Id(3)] int Progress,
    [property: Id(4)] string Filename,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] JobError? Error,
    [property: Id(8)] IReadOnlyList<JobTransition> History,
    [property: Id(9)] ReviewDecision? Decision,
    [property: Id(10)] int Attempts,
    [property: Id(11)] IReadOnlyDictionary<string, string> ResultKeys,
    [property: Id(12)] int? QueuePosition = null,
    [property: Id(13)] int? EstimatedCompletionMinutes = null,
    [property: Id(14)] string SubmittedBy = "");
