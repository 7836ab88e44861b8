namespace EqualifyPdf.Workflow.Services;

/// <summary>Tells reviewers that a job waits for their decision.</summary>
public interface IApprovalNotifier
{
    /// <summary>Delivers <paramref name="notification"/> durably; safe to call twice for the same job, and a newer
    /// notification for a job replaces the older one.</summary>
    Task NotifyAsync(ApprovalNotification notification, CancellationToken cancellationToken);

    /// <summary>Removes what <see cref="NotifyAsync"/> left behind for <paramref name="jobId"/> (the decision was made,
    /// the deadline passed or the job ended); removing nothing is not an error.</summary>
    Task WithdrawAsync(string jobId, CancellationToken cancellationToken);
}
