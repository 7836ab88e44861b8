using EqualifyPdf.Workflow.Services;

namespace EqualifyPdf.Workflow.Tests.Infrastructure;

/// <summary>The real outbox notifier; a scenario can make the storage fail right after a notification went out.</summary>
public sealed class ScenarioNotifier(OutboxApprovalNotifier real) : IApprovalNotifier
{
    public async Task NotifyAsync(ApprovalNotification notification, CancellationToken cancellationToken)
    {
        await real.NotifyAsync(notification, cancellationToken);
        if (JobScenario.For(notification.JobId) is { FailStorageAfterFirstNotification: true } scenario
            && Interlocked.Increment(ref scenario.Notifications) == 1)
        {
            scenario.FailStateWrites(int.MaxValue);
        }
    }

    public Task WithdrawAsync(string jobId, CancellationToken cancellationToken) =>
        JobScenario.For(jobId) is { FailWithdrawals: true }
            ? throw new IOException("Injected: the outbox folder cannot be written.")
            : real.WithdrawAsync(jobId, cancellationToken);
}
