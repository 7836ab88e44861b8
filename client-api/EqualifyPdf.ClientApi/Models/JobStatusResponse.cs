using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.ClientApi.Models;

/// <summary>The body of <c>GET /api/v1/documents/{job_id}</c> (and of cancel/retry/decision answers).</summary>
public sealed record JobStatusResponse(
    string JobId,
    JobStatus Status,
    string Stage,
    int Progress,
    string Filename,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    JobError? Error,
    IReadOnlyList<JobTransition> History,
    ReviewDecision? Decision,
    int? QueuePosition,
    int? EstimatedCompletionMinutes = null)
{
    /// <summary>Projects a grain snapshot onto the wire shape.</summary>
    public static JobStatusResponse From(JobSnapshot job) => new(
        job.JobId, job.Status, job.Stage, job.Progress, job.Filename, job.CreatedAt, job.UpdatedAt, job.Error, job.History, job.Decision, job.QueuePosition,
        job.EstimatedCompletionMinutes);
}
