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

        if (Now >= endedAt + RetentionOf(State.Status))
        {
            await PurgeAsync();
        }
    }

    private Task RegisterKeepAliveAsync() =>
        this.RegisterOrUpdateReminder(ReminderNames.KeepAlive, _options.KeepAlivePeriod, _options.KeepAlivePeriod);

    private async Task RegisterRetentionAsync()
    {
        var endedAt = State.TerminalAt ?? Now;
        var due = endedAt + RetentionOf(State.Status) - Now;
        due = due < TimeSpan.Zero ? TimeSpan.Zero : due > MaxReminderDue ? MaxReminderDue : due;
        await this.RegisterOrUpdateReminder(ReminderNames.Retention, due, _options.RetentionCheckPeriod);
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
