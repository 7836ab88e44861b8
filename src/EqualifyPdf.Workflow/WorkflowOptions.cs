// EqualifyPdf.Workflow: the durable document workflow (job, page and approval-token grains) and the services it drives.

using System.ComponentModel.DataAnnotations;

namespace EqualifyPdf.Workflow;

/// <summary>Timings and limits of the document workflow; bound from the <c>Workflow</c> configuration section.</summary>
public sealed class WorkflowOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Workflow";

    /// <summary>How long a reviewer has to decide. Default 4 hours.</summary>
    public TimeSpan ApprovalTimeout { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Longest time a job may spend in <c>processing</c> before it fails with <c>timeout</c>. Default 2 hours.</summary>
    public TimeSpan ProcessingTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long a terminal job's state and results are kept. Default 30 days.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Period of the keep-alive reminder of active jobs and of one-shot deadline reminders. Default 1 minute
    /// (must not be below the silo's <c>ReminderOptions.MinimumReminderPeriod</c>).</summary>
    public TimeSpan KeepAlivePeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a terminal job re-checks its retention once the retention reminder is due. Default 1 day.</summary>
    public TimeSpan RetentionCheckPeriod { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Pages corrected at once per job. Default 5.</summary>
    [Range(1, 64)]
    public int PageConcurrency { get; set; } = 5;

    /// <summary>Correction attempts per page before the page fails. Default 3.</summary>
    [Range(1, 10)]
    public int PageMaxAttempts { get; set; } = 3;

    /// <summary>Delay before the second page attempt; doubled for each further one. Default 1 second.</summary>
    public TimeSpan PageRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Runs of a job in total (the first plus retries). Default 3.</summary>
    [Range(1, 10)]
    public int MaxJobAttempts { get; set; } = 3;

    /// <summary>Absolute base URL of the public API, used in review links. Default <c>http://127.0.0.1:8080</c>.</summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:8080";

    /// <summary>Folder that receives one JSON file per notification. Default <c>./data/outbox</c>.</summary>
    [Required]
    public string OutboxFolder { get; set; } = "./data/outbox";

    /// <summary>Optional URL that also receives each notification as a JSON POST.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Timeout of the webhook POST. Default 10 seconds.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a denied job (and its token and outbox file) is kept before it is purged. Default 7 days.</summary>
    public TimeSpan DeniedRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Document steps (PII scan, conversion) running at once in one silo; the rest wait in FIFO order.
    /// Default: one per processor core.</summary>
    [Range(1, 256)]
    public int MaxConcurrentDocumentSteps { get; set; } = Environment.ProcessorCount;

    /// <summary>Starts of one document step before the job fails as unsafe to process (a PDF that crashes or times
    /// out its worker, or the silo, every time). Default 3.</summary>
    [Range(1, 10)]
    public int MaxStepStarts { get; set; } = 3;

    /// <summary>Masked findings kept in the job state and shown to reviewers; counts cover all of them and the full
    /// list stays in a temp blob. Default 200.</summary>
    [Range(1, 10000)]
    public int MaxFindingsInState { get; set; } = 200;

    /// <summary>Retries of a failed storage call (state write, reminder, blob) before the step hears of it. Default 8.</summary>
    [Range(0, 50)]
    public int StorageRetries { get; set; } = 8;

    /// <summary>Delay before the first storage retry, doubled (with jitter) up to 5 s for each further one. Default 200 ms.</summary>
    public TimeSpan StorageRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Age after which temp blobs that no active job owns are deleted. Default 24 hours.</summary>
    public TimeSpan OrphanAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the sweeper looks for such blobs. Default 1 hour.</summary>
    public TimeSpan SweepPeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a job waits for unreachable storage before it fails with <c>temporary</c>. Default 15 minutes.</summary>
    public TimeSpan StorageOutageLimit { get; set; } = TimeSpan.FromMinutes(15);
}
