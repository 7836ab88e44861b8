using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Contracts.Pages;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Naming;
using Microsoft.Extensions.Logging;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>
/// Reminders of <see cref="JobGrain"/>. Ticks can be late, missed or duplicated, so every handler decides from the
/// persisted state and the clock, never from the tick itself, and is safe to run twice.
/// </summary>
public sealed partial class JobGrain
{
    /// <summary>
    /// Longest due time handed to the reminder service: its timers take milliseconds as an int (about 24.8 days), so
    /// a 30-day retention is armed for 20 days and re-checked every <see cref="WorkflowOptions.RetentionCheckPeriod"/>.
    /// </summary>
    private static readonly TimeSpan MaxReminderDue = TimeSpan.FromDays(20);

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!state.RecordExists)
        {
            // A purged or never-created job: the reminder outlived its purpose.
            await UnregisterReminderAsync(reminderName);
            return;
        }

        switch (reminderName)
        {
            case ReminderNames.KeepAlive:
                await OnKeepAliveAsync();
                break;
            case ReminderNames.ApprovalDeadline:
                await OnApprovalDeadlineAsync();
                break;
            case ReminderNames.Retention:
                await OnRetentionAsync();
                break;
            default:
                logger.LogWarning("Job {JobId}: unknown reminder {Reminder} removed", JobId, reminderName);
                await UnregisterReminderAsync(reminderName);
                break;
        }
    }

    private async Task OnKeepAliveAsync()
    {
        if (!IsActive(State.Status))
        {
            await ApplyTerminalEffectsAsync();
            await UnregisterReminderAsync(ReminderNames.KeepAlive);
            return;
        }

        // Deadlines whose own reminder was missed are reconciled here; the running drive enforces its own.
        var now = Now;
        if (State.Status == JobStatus.AwaitingApproval && State.ApprovalExpiresAt is { } expires && now >= expires)
        {
            await ApplyApprovalTimeoutAsync();
            return;
        }

        if (_run is null && State.Status == JobStatus.Processing && State.ProcessingStartedAt is { } started
            && now >= started + _options.ProcessingTimeout)
        {
            await FailTimeoutAsync();
            return;
        }

        ScheduleDrive();
    }

    private async Task OnApprovalDeadlineAsync()
    {
        if (State.Status != JobStatus.AwaitingApproval)
        {
            await UnregisterReminderAsync(ReminderNames.ApprovalDeadline);
            return;
        }

        if (State.ApprovalExpiresAt is { } expires && Now >= expires)
        {
            await ApplyApprovalTimeoutAsync();
        }
    }

    private async Task OnRetentionAsync()
    {
        if (!State.Status.IsTerminal() || State.TerminalAt is not { } endedAt)
        {
            await UnregisterReminderAsync(ReminderNames.Retention);
            return;
        }

        if (Now >= endedAt + _options.Retention)
        {
            await PurgeAsync();
        }
    }

    /// <summary>Forgets the job: results, temp blobs, page states, reminders, then its own state.</summary>
    private async Task PurgeAsync()
    {
        await blobs.DeletePrefixAsync(BlobContainers.Results, JobBlobKeys.Prefix(JobId));
        await DeleteTempAsync();
        for (var page = 1; page <= State.PageCount; page++)
        {
            await GrainFactory.GetGrain<IPageGrain>(PageGrainKey.For(JobId, page)).Purge();
        }

        foreach (var name in new[] { ReminderNames.KeepAlive, ReminderNames.ApprovalDeadline, ReminderNames.Retention })
        {
            await UnregisterReminderAsync(name);
        }

        await _writeLock.WaitAsync();
        try
        {
            await state.ClearStateAsync();
            state.State = new JobState();
        }
        finally
        {
            _writeLock.Release();
        }

        logger.LogInformation("Job {JobId} purged after retention", JobId);
        DeactivateOnIdle();
    }

    private Task RegisterKeepAliveAsync() =>
        this.RegisterOrUpdateReminder(ReminderNames.KeepAlive, _options.KeepAlivePeriod, _options.KeepAlivePeriod);

    private async Task RegisterRetentionAsync()
    {
        var endedAt = State.TerminalAt ?? Now;
        var due = endedAt + _options.Retention - Now;
        due = due < TimeSpan.Zero ? TimeSpan.Zero : due > MaxReminderDue ? MaxReminderDue : due;
        await this.RegisterOrUpdateReminder(ReminderNames.Retention, due, _options.RetentionCheckPeriod);
    }

    private async Task UnregisterReminderAsync(string name)
    {
        var reminder = await this.GetReminder(name);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
