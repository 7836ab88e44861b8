namespace EqualifyPdf.Contracts.Progress;

/// <summary>The kinds of live-progress events; the SSE <c>event:</c> name is the snake_case member name.</summary>
[GenerateSerializer]
[Alias("EqualifyPdf.JobEventKind")]
public enum JobEventKind
{
    /// <summary>The status or the stage changed (data: job_id, status, stage, progress, queue_position, error).</summary>
    Status = 0,

    /// <summary>The percentage moved within a stage (data: job_id, stage, progress).</summary>
    Progress = 1,

    /// <summary>One more page was corrected (data: job_id, page, pages_total).</summary>
    Page = 2,

    /// <summary>The job reached a terminal status (data: job_id, status); the stream ends after it.</summary>
    Done = 3,
}
