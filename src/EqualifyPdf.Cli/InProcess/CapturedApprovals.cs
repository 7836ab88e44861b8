using System.Collections.Concurrent;
using EqualifyPdf.Workflow.Services;

namespace EqualifyPdf.Cli.InProcess;

/// <summary>
/// The approval notifier of <c>run</c>'s in-process silo: instead of writing the review link to an outbox it hands
/// the token to the CLI, which asks on the terminal. Registered before the silo's services, so it replaces
/// <see cref="OutboxApprovalNotifier"/> (the workflow only fills registrations that are missing).
/// </summary>
internal sealed class CapturedApprovals : IApprovalNotifier
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _tokens = new(StringComparer.Ordinal);

    /// <summary>The token of <paramref name="jobId"/>'s review link, once the job has asked for review.</summary>
    public Task<string> TokenFor(string jobId) => Entry(jobId).Task;

    /// <inheritdoc />
    public Task NotifyAsync(ApprovalNotification notification, CancellationToken cancellationToken)
    {
        var link = new Uri(notification.ReviewUrl);
        Entry(notification.JobId).TrySetResult(link.Segments[^2].TrimEnd('/'));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task WithdrawAsync(string jobId, CancellationToken cancellationToken) => Task.CompletedTask;

    private TaskCompletionSource<string> Entry(string jobId) =>
        _tokens.GetOrAdd(jobId, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
}
