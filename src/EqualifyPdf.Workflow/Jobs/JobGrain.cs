using EqualifyPdf.Contracts.Approvals;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Admission;
using EqualifyPdf.Workflow.Naming;
using EqualifyPdf.Workflow.Resilience;
using EqualifyPdf.Workflow.Services;
using EqualifyPdf.Workflow.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Polly;
using Polly.Registry;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>
/// One document job: submitted → pii_scanning → (awaiting_approval →) processing → completed, or failed, denied,
/// cancelled. Commands (this file) record intent, persist the transition and return; the grain then drives itself
/// through its steps (<c>JobGrain.Workflow.cs</c>), checkpointing after each (<c>JobGrain.Checkpoints.cs</c>), and
/// cleans up when it ends (<c>JobGrain.Cleanup.cs</c>). A keep-alive reminder re-activates it after a crash so it
/// resumes from its last checkpoint.
/// </summary>
public sealed partial class JobGrain(
    [PersistentState(StateNames.Job, StorageNames.Jobs)] IPersistentState<JobState> state,
    DeepCopier<JobState> copier,
    IBlobStore blobs,
    IPiiScanner piiScanner,
    IDocumentConverter converter,
    Corrections.IDocumentPass documentPass,
    IApprovalNotifier notifier,
    DocumentWorkQueue workQueue,
    WorkflowMetrics metrics,
    ResiliencePipelineProvider<string> pipelines,
    IOptions<WorkflowOptions> options,
    [FromKeyedServices(WorkflowTime.Key)] TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<JobGrain> logger) : Grain, IJobGrain, IRemindable
{
    private readonly WorkflowOptions _options = options.Value;
    private readonly ResiliencePipeline _storage = pipelines.GetPipeline(StorageResilience.PipelineName);

    private JobState State => _stored ?? state.State;

    // While a write is in flight, state.State already holds the state being written, which storage may still refuse
    // (another activation wrote first, during a failover). The calls that interleave with the write (status reads)
    // see the stored state instead: a job completed by the other activation was once reported failed this way.
    private JobState? _stored;

    private string JobId => this.GetPrimaryKeyString();

    private DateTimeOffset Now => time.GetUtcNow();

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Resume where the last activation stopped (crash, restart, deactivation).
        ScheduleDrive();
        if (state.RecordExists)
        {
            metrics.Observe(JobId, State.Status);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        metrics.Forget(JobId);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<JobCommandResult> Submit(SubmitJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (state.RecordExists)
        {
            return AnswerRepeatedSubmit(request);
        }

        if (string.IsNullOrWhiteSpace(request.Filename) || request.UploadKey != JobBlobKeys.Upload(JobId))
        {
            // Only the upload the front end stored for this job id: a caller cannot point a job at another job's file.
            return new JobCommandResult(CommandOutcome.Conflict, null, "A job needs a file name and its own upload.");
        }

        // The keep-alive first: a job is never recorded without the reminder that resumes it after a crash. If the
        // write below fails, the reminder finds no job and removes itself.
        await StorageCallAsync(_ => RegisterKeepAliveAsync(), CancellationToken.None);
        var now = Now;
        var created = await CommitAsync(s =>
        {
            if (!string.IsNullOrEmpty(s.JobId))
            {
                return false; // another activation recorded it first (lost write race, re-read)
            }

            s.JobId = JobId;
            s.Status = JobStatus.Submitted;
            s.Stage = JobStages.Queued;
            s.Filename = request.Filename;
            s.UploadKey = request.UploadKey;
            s.SizeBytes = request.SizeBytes;
            s.Title = request.Title;
            s.Language = request.Language;
            s.SubmittedBy = request.SubmittedBy;
            (s.ReviewMode, s.OcrLanguages, s.SkipPiiScan, s.SkipReason) =
                (request.ReviewMode, [.. request.OcrLanguages ?? []], request.SkipPiiScan, request.SkipReason);
            s.CreatedAt = now;
            s.Attempts = 1;
            s.StageStartedAt = now;
            s.History = [new JobTransition(now, null, JobStatus.Submitted, JobReasons.Submitted, request.SubmittedBy)];
            return true;
        });
        if (!created)
        {
            return AnswerRepeatedSubmit(request);
        }

        ScheduleDrive();
        return new JobCommandResult(CommandOutcome.Applied, Snapshot());
    }

    /// <inheritdoc />
    public Task<JobSnapshot?> GetSnapshot() => Task.FromResult(state.RecordExists ? Snapshot() : null);

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

        // The running step's token reaches its worker, which is killed at once.
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

        // As in Submit: the keep-alive exists before the job is active again (this re-arms the retention reminder).
        await StorageCallAsync(_ => RegisterKeepAliveAsync(), CancellationToken.None);
        var resume = State.ResumeStatus ?? JobStatus.Submitted;
        var now = Now;
        await TransitionAsync(JobStatus.Failed, resume, JobReasons.Retry, actor, s =>
        {
            s.Attempts++;
            s.Error = null;
            s.TerminalAt = null;
            s.StageStartedAt = now;
            s.StepStarts.Clear();
            if (resume == JobStatus.Processing)
            {
                s.ProcessingStartedAt = now;
            }
        });
        _terminalEffectsApplied = false;
        _stepStartRecorded = null;
        ScheduleDrive();
        return new JobCommandResult(CommandOutcome.Applied, Snapshot());
    }

    /// <inheritdoc />
    public async Task<JobCommandResult> Decide(ReviewDecision decision, string tokenHash)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (!state.RecordExists)
        {
            return new JobCommandResult(CommandOutcome.NotFound, null);
        }

        if (State.TokenHash is null || !string.Equals(State.TokenHash, tokenHash, StringComparison.Ordinal))
        {
            // Not this job's live link: an older one replaced by a newer, or a forged call.
            return new JobCommandResult(CommandOutcome.Gone, null, "This approval link has expired or is no longer valid.");
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
            // Timed out or cancelled before anyone decided: the link is used up.
            return new JobCommandResult(CommandOutcome.Gone, Snapshot(), "The approval window has closed.");
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
                    s.Progress = JobStages.ProgressAt(JobStages.Conversion);
                }
            });
        await StorageCallAsync(_ => UnregisterReminderAsync(ReminderNames.ApprovalDeadline), CancellationToken.None);
        if (approved)
        {
            await WithdrawNotificationAsync();
            ScheduleDrive();
        }
        else
        {
            await ApplyTerminalEffectsAsync();
        }

        return new JobCommandResult(CommandOutcome.Applied, Snapshot());
    }

    /// <inheritdoc />
    public Task<ReviewLookup> GetReview(string tokenHash)
    {
        if (!state.RecordExists)
        {
            return Task.FromResult(new ReviewLookup(CommandOutcome.NotFound, null, null, null, []));
        }

        var open = string.Equals(State.TokenHash, tokenHash, StringComparison.Ordinal)
            && State.Status == JobStatus.AwaitingApproval
            && State.ApprovalExpiresAt is { } expires && Now < expires;
        return Task.FromResult(open
            ? new ReviewLookup(CommandOutcome.Applied, JobId, State.Filename, State.ApprovalExpiresAt, [.. State.Findings],
                new Dictionary<string, int>(State.FindingCounts))
            : new ReviewLookup(CommandOutcome.Gone, JobId, null, null, []));
    }

    /// <inheritdoc />
    public async Task RecordReviewerNotice(ReviewerNotice notice)
    {
        if (state.RecordExists && State.Status == JobStatus.AwaitingApproval)
        {
            await CheckpointAsync(JobStatus.AwaitingApproval, s => s.ReviewerNotice = notice);
        }
    }

    private JobCommandResult AnswerRepeatedSubmit(SubmitJobRequest request) =>
        string.Equals(State.UploadKey, request.UploadKey, StringComparison.Ordinal)
            ? new JobCommandResult(CommandOutcome.AlreadyApplied, Snapshot())
            : new JobCommandResult(CommandOutcome.Conflict, Snapshot(), "A different upload was already submitted under this job id.");

    private static string Wire(JobStatus status) => JsonNaming.SnakeCase(status.ToString());

    private static string Wire(DecisionKind decision) => decision == DecisionKind.Approved ? "approved" : "denied";
}
