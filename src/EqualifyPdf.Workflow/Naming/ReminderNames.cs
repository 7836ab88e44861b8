namespace EqualifyPdf.Workflow.Naming;

/// <summary>Names of the reminders the job grain registers (stored in the reminder table: never rename).</summary>
public static class ReminderNames
{
    /// <summary>Ticks while a job is active so a crash or restart re-activates it and it resumes.</summary>
    public const string KeepAlive = "job-keep-alive";

    /// <summary>Fires once when an approval link expires.</summary>
    public const string ApprovalDeadline = "approval-deadline";

    /// <summary>Fires after the retention period of a terminal job to purge its state and results.</summary>
    public const string Retention = "job-retention";

    /// <summary>Ticks the temp-container sweeper (<c>UploadSweeperGrain</c>).</summary>
    public const string Sweep = "temp-sweep";
}
