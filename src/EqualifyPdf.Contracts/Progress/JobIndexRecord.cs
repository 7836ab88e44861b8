using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.Contracts.Progress;

/// <summary>What the operator index keeps about one job, written by the job's grain on every transition.</summary>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.JobIndexRecord")]
public sealed record JobIndexRecord(
    [property: Id(0)] string JobId,
    [property: Id(1)] JobStatus Status,
    [property: Id(2)] string Stage,
    [property: Id(3)] string Filename,
    [property: Id(4)] string SubmittedBy,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] ErrorCategory? ErrorCategory,
    [property: Id(8)] DateTimeOffset? ApprovalExpiresAt);
