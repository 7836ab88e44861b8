using System.Threading.Channels;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Workflow.Services;
using EqualifyPdf.Workflow.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EqualifyPdf.Workflow.Approvals;

/// <summary>
/// The silo's queue of reviewer e-mails: the job grain hands a notification over and goes on at once; deliveries
/// (with their retries) run here, a few at a time, and each outcome is recorded in the job's status through
/// <see cref="IJobGrain.RecordReviewerNotice"/>. A delivery never blocks or fails a job. The queue lives in memory:
/// a silo stopping mid-delivery loses that e-mail, and the status then shows none (the outbox file remains).
/// </summary>
public sealed class ReviewerMailQueue(SmtpReviewerMailer mailer, IGrainFactory grains, WorkflowMetrics metrics, ILogger<ReviewerMailQueue> logger)
    : BackgroundService
{
    private const int Capacity = 1000;
    private const int ConcurrentDeliveries = 4;

    private readonly Channel<ApprovalNotification> _queue = Channel.CreateBounded<ApprovalNotification>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Queues the e-mail for <paramref name="notification"/>; false (and logged) when the queue is full.</summary>
    public bool Enqueue(ApprovalNotification notification)
    {
        if (_queue.Writer.TryWrite(notification))
        {
            return true;
        }

        logger.LogError("Job {JobId}: the reviewer e-mail queue is full; no e-mail for this job (the outbox file remains)", notification.JobId);
        metrics.Notification("email", ReviewerNotice.Failed);
        return false;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(ConcurrentDeliveries);
        var running = new List<Task>();
        try
        {
            await foreach (var notification in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(DeliverAsync(notification, slots, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // the silo stops; deliveries in flight are cancelled with it
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task DeliverAsync(ApprovalNotification notification, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            var notice = await mailer.DeliverAsync(notification, stoppingToken).ConfigureAwait(false);
            if (notice is null)
            {
                return;
            }

            metrics.Notification(notice.Channel, notice.Outcome);
            await grains.GetGrain<IJobGrain>(notification.JobId).RecordReviewerNotice(notice).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Job {JobId}: the reviewer e-mail's outcome could not be recorded", notification.JobId);
        }
        finally
        {
            slots.Release();
        }
    }
}
