using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Naming;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Workflow.Sweeping;

/// <summary>
/// The temp container's janitor. A job's temp blobs all live under <c>"{jobId}/"</c>; when the newest of them is older
/// than <see cref="WorkflowOptions.OrphanAge"/> and the job does not exist or has ended (other than failed, whose
/// blobs a retry resumes from), they are deleted. Blob times are the store's clock, so they are compared with the
/// real clock, not the workflow's. Safe to run twice: a sweep only deletes what the job no longer needs.
/// </summary>
public sealed class UploadSweeperGrain(
    IBlobStore blobs,
    IOptions<WorkflowOptions> options,
    TimeProvider clock,
    ILogger<UploadSweeperGrain> logger) : Grain, IUploadSweeperGrain, IRemindable
{
    /// <inheritdoc />
    public Task Start() =>
        this.RegisterOrUpdateReminder(ReminderNames.Sweep, options.Value.SweepPeriod, options.Value.SweepPeriod);

    /// <inheritdoc />
    public async Task<int> SweepNow()
    {
        var cutoff = clock.GetUtcNow() - options.Value.OrphanAge;
        var newest = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await foreach (var blob in blobs.ListAsync(BlobContainers.Temp, ""))
        {
            var slash = blob.Key.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0)
            {
                continue;
            }

            var jobId = blob.Key[..slash];
            newest[jobId] = newest.TryGetValue(jobId, out var seen) && seen > blob.LastModified ? seen : blob.LastModified;
        }

        var swept = 0;
        foreach (var (jobId, lastWrite) in newest)
        {
            if (lastWrite >= cutoff)
            {
                continue;
            }

            var job = await GrainFactory.GetGrain<IJobGrain>(jobId).GetSnapshot();
            if (job is null || (job.Status.IsTerminal() && job.Status != JobStatus.Failed))
            {
                await blobs.DeletePrefixAsync(BlobContainers.Temp, JobBlobKeys.Prefix(jobId));
                swept++;
            }
        }

        if (swept > 0)
        {
            logger.LogInformation("Sweep removed the temp blobs of {Count} job(s) that no active job owns", swept);
        }

        return swept;
    }

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status) => SweepNow();
}
