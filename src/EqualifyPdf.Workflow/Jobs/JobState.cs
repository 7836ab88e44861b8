using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>
/// The persisted state of a job: its status, history and the checkpoints the workflow resumes from. It stays small
/// whatever the page count: page results live in the page grains, the outline and the full findings in temp blobs.
/// Ids are never reused (retired: 25 entry heading levels, 26 page results).
/// </summary>
[GenerateSerializer]
[Alias("EqualifyPdf.JobState")]
public sealed class JobState
{
    [Id(0)] public string JobId { get; set; } = "";
    [Id(1)] public JobStatus Status { get; set; }
    [Id(2)] public string Stage { get; set; } = JobStages.Queued;
    [Id(3)] public int Progress { get; set; }
    [Id(4)] public string Filename { get; set; } = "";
    [Id(5)] public string UploadKey { get; set; } = "";
    [Id(6)] public long SizeBytes { get; set; }
    [Id(7)] public string? Title { get; set; }
    [Id(8)] public string? Language { get; set; }
    [Id(9)] public string SubmittedBy { get; set; } = "";
    [Id(10)] public DateTimeOffset CreatedAt { get; set; }
    [Id(11)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(12)] public JobError? Error { get; set; }
    [Id(13)] public List<JobTransition> History { get; set; } = [];
    [Id(14)] public ReviewDecision? Decision { get; set; }

    /// <summary>Runs started: 1 on submit, +1 per retry.</summary>
    [Id(15)] public int Attempts { get; set; }
    [Id(16)] public Dictionary<string, string> ResultKeys { get; set; } = [];

    /// <summary>The first <see cref="WorkflowOptions.MaxFindingsInState"/> masked findings; the full list is a temp blob.</summary>
    [Id(17)] public List<MaskedFinding> Findings { get; set; } = [];

    /// <summary>SHA-256 hex of the job's one live approval token; the token itself is never stored.</summary>
    [Id(18)] public string? TokenHash { get; set; }
    [Id(19)] public DateTimeOffset? ApprovalExpiresAt { get; set; }

    /// <summary>Checkpoint: the reviewers were told about the token in <see cref="TokenHash"/>.</summary>
    [Id(20)] public bool NotificationSent { get; set; }
    [Id(21)] public DateTimeOffset? ProcessingStartedAt { get; set; }
    [Id(22)] public DateTimeOffset? TerminalAt { get; set; }

    /// <summary>Checkpoint: the page models and the outline are in the temp container.</summary>
    [Id(23)] public bool ConversionDone { get; set; }
    [Id(24)] public int PageCount { get; set; }

    /// <summary>Seconds spent per stage, summed over attempts.</summary>
    [Id(27)] public Dictionary<string, double> StageSeconds { get; set; } = [];

    /// <summary>The status a retry resumes in.</summary>
    [Id(28)] public JobStatus? ResumeStatus { get; set; }
    [Id(29)] public string? DocumentTitle { get; set; }
    [Id(30)] public string? DocumentLanguage { get; set; }

    /// <summary>When the current stage started, for <see cref="StageSeconds"/>.</summary>
    [Id(31)] public DateTimeOffset? StageStartedAt { get; set; }

    /// <summary>Checkpoint: the effects of reaching a terminal status (temp deleted, reminders switched) are done.</summary>
    [Id(32)] public bool TerminalEffectsDone { get; set; }

    /// <summary>Pages corrected so far (progress only; the page grains hold the results).</summary>
    [Id(33)] public int PagesDone { get; set; }

    /// <summary>Starts of each document step (PII scan, conversion), persisted before the step runs, so a PDF that
    /// keeps crashing its worker (or the silo) is failed instead of retried forever.</summary>
    [Id(34)] public Dictionary<string, int> StepStarts { get; set; } = [];

    /// <summary>Findings per entity type over the whole document.</summary>
    [Id(35)] public Dictionary<string, int> FindingCounts { get; set; } = [];

    /// <summary><see cref="ReviewMode.Human"/>: a reviewer decides even when the scan is clean.</summary>
    [Id(36)] public ReviewMode ReviewMode { get; set; }

    /// <summary>Tesseract languages for scanned pages; empty = the conversion default.</summary>
    [Id(37)] public List<string> OcrLanguages { get; set; } = [];

    /// <summary>An operator chose to convert without the PII scan, for <see cref="SkipReason"/>.</summary>
    [Id(38)] public bool SkipPiiScan { get; set; }
    [Id(39)] public string? SkipReason { get; set; }
}
