namespace EqualifyPdf.Workflow.Naming;

/// <summary>Names of the reminders the job grain registers (stored in the reminder table: never rename).</summary>
public static class ReminderNames
{
    /// <summary>
    /// The one reminder every job has from submit to purge. While the job is active it ticks every
    /// <c>Workflow:KeepAlivePeriod</c>, so a crash or restart re-activates the job and it resumes; once the job has ended
    /// and its terminal effects are applied, the same reminder is re-armed (one atomic upsert) to fire when retention
    /// ends. Re-arming in place instead of swapping two reminders saves three reminder-table calls per job and leaves
    /// no moment without a reminder. (The stored name predates the retention role.)
    /// </summary>
    public const string Lifecycle = "job-keep-alive";

    /// <summary>Fires once when an approval link expires.</summary>
    public const string ApprovalDeadline = "approval-deadline";

    /// <summary>Retention reminder registered by versions before <see cref="Lifecycle"/> took its role; handled as a
    /// lifecycle tick and removed.</summary>
    public const string LegacyRetention = "job-retention";

    /// <summary>Ticks the temp-container sweeper (<c>UploadSweeperGrain</c>).</summary>
    public const string Sweep = "temp-sweep";
}
