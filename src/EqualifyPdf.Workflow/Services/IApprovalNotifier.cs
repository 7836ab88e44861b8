namespace EqualifyPdf.Workflow.Services;

/// <summary>Tells reviewers that a job waits for their decision.</summary>
public interface IApprovalNotifier
{
    /// <summary>Delivers <paramref name="notification"/> durably; safe to call twice for the same job.</summary>
    Task NotifyAsync(ApprovalNotification notification, CancellationToken cancellationToken);
}
