using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Naming;
using EqualifyPdf.Workflow.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>
/// One document job: submitted → pii_scanning → (awaiting_approval →) processing → completed, or failed, denied,
/// cancelled. Commands record intent, persist the transition and return; the grain then drives itself through a
/// grain timer (<see cref="DriveAsync"/>), one step at a time, checkpointing after each. A keep-alive reminder
/// re-activates it after a crash so it resumes from its last checkpoint.
/// </summary>
public sealed partial class JobGrain(
    [PersistentState(StateNames.Job, StorageNames.Jobs)] IPersistentState<JobState> state,
    IBlobStore blobs,
    IPiiScanner piiScanner,
    IDocumentConverter converter,
    IApprovalNotifier notifier,
    IOptions<WorkflowOptions> options,
    [FromKeyedServices(WorkflowTime.Key)] TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<JobGrain> logger) : Grain, IJobGrain, IRemindable
{
    private readonly WorkflowOptions _options = options.Value;

    private JobState State => state.State;

    private string JobId => this.GetPrimaryKeyString();

    private DateTimeOffset Now => time.GetUtcNow();

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Resume where the last activation stopped (crash, restart, deactivation).
        ScheduleDrive();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<JobCommandResult> Submit(SubmitJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (state.RecordExists)
        {
            return string.Equals(State.UploadKey, request.UploadKey, StringComparison.Ordinal)
                ? new JobCommandResult(CommandOutcome.AlreadyApplied, Snapshot())
                : new JobCommandResult(CommandOutcome.Conflict, Snapshot(), "A different upload was already submitted under this job id.");
        }

        if (string.IsNullOrWhiteSpace(request.UploadKey) || string.IsNullOrWhiteSpace(request.Filename))
        {
            return new JobCommandResult(CommandOutcome.Conflict, null, "A job needs an upload key and a file name.");
        }

        var now = Now;
        state.State = new JobState
        {
            JobId = JobId,
            Status = JobStatus.Submitted,
            Filename = request.Filename,
            UploadKey = request.UploadKey,
            SizeBytes = request.SizeBytes,
            Title = request.Title,
            Language = request.Language,
            SubmittedBy = request.SubmittedBy,
            CreatedAt = now,
            Attempts = 1,
            StageStartedAt = now,
            History = [new JobTransition(now, null, JobStatus.Submitted, JobReasons.Submitted, request.SubmittedBy)],
        };
        await PersistAsync();
        await RegisterKeepAliveAsync();
        ScheduleDrive();
        return new JobCommandResult(CommandOutcome.Applied, Snapshot());
    }

    /// <inheritdoc />
    public Task<JobSnapshot?> GetSnapshot() => Task.FromResult(state.RecordExists ? Snapshot() : null);

    /// <inheritdoc />
    public Task<IReadOnlyList<MaskedFinding>> GetFindings() =>
        Task.FromResult<IReadOnlyList<MaskedFinding>>(state.RecordExists ? [.. State.Findings] : []);

    /// <inheritdoc />
    public async Task<JobCommandResult> Cancel(string actor)
    {
        if (!state.RecordExists)
        {
            return new JobCommandResult(CommandOutcome.NotFound, null);
        }

        var from = State.Status;
        if (from.IsTerminal())
        {
            return from == JobStatus.Cancelled
                ? new JobCommandResult(CommandOutcome.AlreadyApplied, Snapshot())
                : new JobCommandResult(CommandOutcome.Conflict, Snapshot(), $"A {Wire(from)} job cannot be cancelled.");
        }

        if (!await TransitionAsync(from, JobStatus.Cancelled, JobReasons.Cancelled, actor))
        {
            // The workflow moved on while we waited for the state lock: answer from the new status.
            return await Cancel(actor);
        }

        // Running steps and pages observe this at their next checkpoint.
        _run?.Cancel();
        await ApplyTerminalEffectsAsync();
        return new JobCommandResult(CommandOutcome.Applied, Snapshot());
    }

    /// <inheritdoc />
    public async Task<JobCommandResult> Retry(string actor)
    {
        if (!state.RecordExists)
        {
            return new JobCommandResult(CommandOutcome.NotFound, null);
        }

        if (State.Status != JobStatus.Failed)
        {
            return new JobCommandResult(CommandOutcome.Conflict, Snapshot(), $"Only a failed job can be retried; this one is {Wire(State.Status)}.");
        }

        if (State.Attempts >= _options.MaxJobAttempts)
        {
            return new JobCommandResult(CommandOutcome.Conflict, Snapshot(), $"The job already ran {State.Attempts} times, the maximum.");
        }

        var resume = State.ResumeStatus ?? JobStatus.Submitted;
        var now = Now;
        await TransitionAsync(JobStatus.Failed, resume, JobReasons.Retry, actor, s =>
        {
            s.Attempts++;
            s.Error = null;
            s.TerminalAt = null;
            s.TerminalEffectsDone = false;
            s.StageStartedAt = now;
            if (resume == JobStatus.Processing)
            {
                s.ProcessingStartedAt = now;
            }
        });
        await UnregisterReminderAsync(ReminderNames.Retention);
        await RegisterKeepAliveAsync();
        ScheduleDrive();
        return new JobCommandResult(CommandOutcome.Applied, Snapshot());
    }

    private static string Wire(JobStatus status) => JsonNaming.SnakeCase(status.ToString());

    private static string Wire(DecisionKind decision) => decision == DecisionKind.Approved ? "approved" : "denied";
}
