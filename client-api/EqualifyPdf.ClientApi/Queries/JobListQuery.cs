using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.ClientApi.Queries;

/// <summary>A filter over the job index; null members do not filter.</summary>
/// <param name="Status">Only jobs in this status.</param>
/// <param name="SubmittedBy">Only jobs of this submitter.</param>
/// <param name="Since">Only jobs created at or after this time.</param>
/// <param name="Category">With <c>failed</c>: only this error category.</param>
/// <param name="Limit">Page size (1–200).</param>
/// <param name="Cursor">The <see cref="JobListPage.NextCursor"/> of the previous page.</param>
public sealed record JobListQuery(
    JobStatus? Status = null, string? SubmittedBy = null, DateTimeOffset? Since = null, ErrorCategory? Category = null,
    int Limit = 50, string? Cursor = null);
