using EqualifyPdf.Contracts.Jobs;
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
            case ReminderNames.Lifecycle:
                await OnLifecycleTickAsync();
                break;
            case ReminderNames.ApprovalDeadline:
                await OnApprovalDeadlineAsync();
                break;
            case ReminderNames.LegacyRetention:
                await UnregisterReminderAsync(ReminderNames.LegacyRetention);
                await OnLifecycleTickAsync();
                break;
            default:
                logger.LogWarning("Job {JobId}: unknown reminder {Reminder} removed", JobId, reminderName);
                await UnregisterReminderAsync(reminderName);
                break;
        }
    }

    private async Task OnLifecycleTickAsync()
    {
        if (!IsActive(State.Status))
        {
            if (State.TerminalAt is { } endedAt && Now >= endedAt + RetentionOf(State.Status))
            {
                await PurgeAsync();
                return;
            }

            // A keep-alive tick after a crash between the terminal write and the re-arm, or a retention check: the
            // effects are idempotent, and applying them re-arms this reminder for the end of retention.
            await ApplyTerminalEffectsAsync();
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

    /// <summary>Arms the lifecycle reminder as the keep-alive of an active job.</summary>
    private Task RegisterKeepAliveAsync() =>
        this.RegisterOrUpdateReminder(ReminderNames.Lifecycle, _options.KeepAlivePeriod, _options.KeepAlivePeriod);

    /// <summary>Re-arms the lifecycle reminder of an ended job to fire when its retention ends.</summary>
    private async Task ArmRetentionAsync()
    {
        var endedAt = State.TerminalAt ?? Now;
        var due = endedAt + RetentionOf(State.Status) - Now;
        due = due < TimeSpan.Zero ? TimeSpan.Zero : due > MaxReminderDue ? MaxReminderDue : due;
        await this.RegisterOrUpdateReminder(ReminderNames.Lifecycle, due, _options.RetentionCheckPeriod);
    }

    /// <summary>Denied documents hold PII nobody approved, so they go sooner than results people asked for.</summary>
    private TimeSpan RetentionOf(JobStatus status) => status == JobStatus.Denied ? _options.DeniedRetention : _options.Retention;

    private async Task UnregisterReminderAsync(string name)
    {
        var reminder = await this.GetReminder(name);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
