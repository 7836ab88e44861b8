using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Workflow.Naming;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>Reviewer decisions on <see cref="JobGrain"/>: one effect per job, whatever arrives twice or at once.</summary>
public sealed partial class JobGrain
{
    /// <inheritdoc />
    public async Task<JobCommandResult> Decide(ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (!state.RecordExists)
        {
            return new JobCommandResult(CommandOutcome.NotFound, null);
        }

        if (State.Status == JobStatus.AwaitingApproval && State.ApprovalExpiresAt is { } expires && Now >= expires)
        {
            await ApplyApprovalTimeoutAsync();
        }

        if (State.Decision is { } made)
        {
            return made.Decision == decision.Decision
                ? new JobCommandResult(CommandOutcome.AlreadyApplied, Snapshot())
                : new JobCommandResult(CommandOutcome.Conflict, Snapshot(), $"The job was already {Wire(made.Decision)}.");
        }

        if (State.Status != JobStatus.AwaitingApproval)
        {
            // Timed out or cancelled before anyone decided: the link is used up. Never reviewed at all: a contradiction.
            return State.TokenHash is null
                ? new JobCommandResult(CommandOutcome.Conflict, Snapshot(), "The job is not awaiting approval.")
                : new JobCommandResult(CommandOutcome.Gone, Snapshot(), "The approval window has closed.");
        }

        var approved = decision.Decision == DecisionKind.Approved;
        var now = Now;
        await TransitionAsync(
            JobStatus.AwaitingApproval,
            approved ? JobStatus.Processing : JobStatus.Denied,
            approved ? JobReasons.Approved : JobReasons.Denied,
            decision.ReviewedBy,
            s =>
            {
                s.Decision = decision;
                AddStageTime(s, JobStages.AwaitingApproval, now);
                if (approved)
                {
                    s.ProcessingStartedAt = now;
                    s.Stage = JobStages.Conversion;
                    s.Progress = 25;
                }
            });
        await UnregisterReminderAsync(ReminderNames.ApprovalDeadline);
        if (approved)
        {
            ScheduleDrive();
        }
        else
        {
            await ApplyTerminalEffectsAsync();
        }

        return new JobCommandResult(CommandOutcome.Applied, Snapshot());
    }
}
