using EqualifyPdf.Contracts.Approvals;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Contracts.Pages;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Naming;
using Microsoft.Extensions.Logging;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>What ending a job implies, applied from one place, and the purge after retention.</summary>
public sealed partial class JobGrain
{
    private Task? _terminalEffects;

    /// <summary>What reaching a terminal status implies. Idempotent: re-run after a crash until it is recorded done.
    /// A cancel and the drive loop may both ask at once; they share one run.</summary>
    private Task ApplyTerminalEffectsAsync() =>
        _terminalEffects is { IsCompleted: false } running ? running : _terminalEffects = ApplyTerminalEffectsOnceAsync();

    private async Task ApplyTerminalEffectsOnceAsync()
    {
        var status = State.Status;
        if (!status.IsTerminal() || State.TerminalEffectsDone)
        {
            return;
        }

        // A failed job keeps its temp blobs so a retry can resume from its checkpoints.
        if (status != JobStatus.Failed)
        {
            await DeleteTempAsync();
        }

        // The review link's notification holds a live token: it goes as soon as no decision can be made with it.
        await WithdrawNotificationAsync();

        // Retention is armed before the keep-alive goes, so a crash in between never leaves the job without a reminder.
        await StorageCallAsync(_ => RegisterRetentionAsync(), CancellationToken.None);
        await StorageCallAsync(_ => UnregisterReminderAsync(ReminderNames.KeepAlive), CancellationToken.None);
        if (State.TokenHash is not null)
        {
            // Only jobs that went to review ever armed a deadline; skipping the lookup saves a reminder-table read.
            await StorageCallAsync(_ => UnregisterReminderAsync(ReminderNames.ApprovalDeadline), CancellationToken.None);
        }

        await CheckpointAsync(status, s => s.TerminalEffectsDone = true);
    }

    private async Task WithdrawNotificationAsync()
    {
        if (State.TokenHash is not null)
        {
            await StorageCallAsync(token => notifier.WithdrawAsync(JobId, token), CancellationToken.None);
        }
    }

    private Task DeleteTempAsync() => StorageCallAsync(
        async token =>
        {
            await blobs.DeleteAsync(BlobContainers.Temp, State.UploadKey, token);
            await blobs.DeletePrefixAsync(BlobContainers.Temp, JobBlobKeys.Prefix(JobId), token);
        },
        CancellationToken.None);

    /// <summary>Forgets the job: results, temp blobs, page states, the token binding, reminders, then its own state.</summary>
    private async Task PurgeAsync()
    {
        await StorageCallAsync(token => blobs.DeletePrefixAsync(BlobContainers.Results, JobBlobKeys.Prefix(JobId), token), CancellationToken.None);
        await DeleteTempAsync();
        await WithdrawNotificationAsync();
        for (var page = 1; page <= State.PageCount; page++)
        {
            var key = PageGrainKey.For(JobId, page);
            await StorageCallAsync(_ => GrainFactory.GetGrain<IPageGrain>(key).Purge(), CancellationToken.None);
        }

        if (State.TokenHash is { } hash)
        {
            await StorageCallAsync(_ => GrainFactory.GetGrain<IApprovalTokenGrain>(hash).Purge(), CancellationToken.None);
        }

        await StorageCallAsync(_ => ProgressStore.RemoveAsync(JobId), CancellationToken.None);

        // The job's state goes before its retention reminder: a crash in between leaves a reminder that finds no job
        // and removes itself, never a job that nothing will purge.
        await _writeLock.WaitAsync();
        try
        {
            await StorageCallAsync(_ => state.ClearStateAsync(), CancellationToken.None);
            state.State = new JobState();
        }
        finally
        {
            _writeLock.Release();
        }

        foreach (var name in new[] { ReminderNames.KeepAlive, ReminderNames.ApprovalDeadline, ReminderNames.Retention })
        {
            await StorageCallAsync(_ => UnregisterReminderAsync(name), CancellationToken.None);
        }

        logger.LogInformation("Job {JobId} purged after retention", JobId);
        DeactivateOnIdle();
    }
}
