using EqualifyPdf.Workflow.Services;

namespace EqualifyPdf.Workflow.Approvals;

/// <summary>The outbox file and webhook first (the durable record, awaited), then the reviewers' e-mail, queued so the
/// job never waits for a mail server.</summary>
public sealed class EmailingApprovalNotifier(OutboxApprovalNotifier outbox, ReviewerMailQueue mail) : IApprovalNotifier
{
    /// <inheritdoc />
    public async Task NotifyAsync(ApprovalNotification notification, CancellationToken cancellationToken)
    {
        await outbox.NotifyAsync(notification, cancellationToken).ConfigureAwait(false);
        mail.Enqueue(notification);
    }

    /// <inheritdoc />
    public Task WithdrawAsync(string jobId, CancellationToken cancellationToken) => outbox.WithdrawAsync(jobId, cancellationToken);
}
