using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.ClientApi.Queries;

/// <summary>What the index keeps about one job.</summary>
public sealed record JobIndexEntry(
    string JobId,
    JobStatus Status,
    string Stage,
    string Filename,
    string SubmittedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    ErrorCategory? ErrorCategory,
    DateTimeOffset? ApprovalExpiresAt);
