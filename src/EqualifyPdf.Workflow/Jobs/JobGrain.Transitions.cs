using EqualifyPdf.Contracts.Approvals;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Naming;
using Microsoft.Extensions.Logging;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>State changes of <see cref="JobGrain"/>: every write goes through one lock because a cancel may
/// interleave with a running step.</summary>
public sealed partial class JobGrain
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>
    /// Moves the job from <paramref name="from"/> to <paramref name="to"/>, appends the history entry and persists,
    /// all before any effect of the new status runs. Returns false (and changes nothing) when the job is no longer
    /// in <paramref name="from"/> — a concurrent cancel won.
    /// </summary>
    private async Task<bool> TransitionAsync(JobStatus from, JobStatus to, string reason, string actor, Action<JobState>? mutate = null)
    {
        await _writeLock.WaitAsync();
        try
        {
            if (State.Status != from)
            {
                return false;
            }

            var now = Now;
            State.Status = to;
            State.History.Add(new JobTransition(now, from, to, reason, actor));
            if (to.IsTerminal())
            {
                State.TerminalAt = now;
                State.TerminalEffectsDone = false;
            }

            mutate?.Invoke(State);
            await WriteAsync(now);
            logger.LogInformation("Job {JobId}: {From} -> {To} ({Reason})", JobId, from, to, reason);
            return true;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Persists a step's checkpoint if the job is still in <paramref name="expected"/>; false otherwise.</summary>
    private async Task<bool> CheckpointAsync(JobStatus expected, Action<JobState> mutate)
    {
        await _writeLock.WaitAsync();
        try
        {
            if (State.Status != expected)
            {
                return false;
            }

            mutate(State);
            await WriteAsync(Now);
            return true;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task PersistAsync()
    {
        await _writeLock.WaitAsync();
        try
        {
            await WriteAsync(Now);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private Task WriteAsync(DateTimeOffset now)
    {
        State.UpdatedAt = now;
        return state.WriteStateAsync();
    }

    private async Task FailAsync(JobStatus from, JobError error, string reason)
    {
        var resume = from == JobStatus.Processing || State.Stage is JobStages.Conversion or JobStages.PageCorrection or JobStages.Assembly
            ? JobStatus.Processing
            : from == JobStatus.PiiScanning ? JobStatus.PiiScanning : JobStatus.Submitted;
        var now = Now;
        if (await TransitionAsync(from, JobStatus.Failed, reason, JobReasons.System, s =>
            {
                s.Error = error;
                s.ResumeStatus = resume;
                AddStageTime(s, s.Stage, now);
            }))
        {
            logger.LogWarning("Job {JobId} failed in {Stage} ({Category}): {Message}", JobId, error.Stage, error.Category, error.Message);
            await ApplyTerminalEffectsAsync();
        }
    }

    private async Task ApplyApprovalTimeoutAsync()
    {
        var now = Now;
        if (await TransitionAsync(JobStatus.AwaitingApproval, JobStatus.Denied, JobReasons.ApprovalTimeout, JobReasons.System,
            s => AddStageTime(s, JobStages.AwaitingApproval, now)))
        {
            await ApplyTerminalEffectsAsync();
        }
    }

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

        if (status is JobStatus.Cancelled or JobStatus.Denied && State.TokenHash is { } hash && State.Decision is null)
        {
            // Not awaited: the token grain may itself be waiting on this job (a decision in flight), and awaiting it
            // here would deadlock both. The job refuses decisions anyway; revoking only makes the link say 410 sooner.
            var revoke = GrainFactory.GetGrain<IApprovalTokenGrain>(hash).Revoke();
            _ = revoke.ContinueWith(
                t => logger.LogWarning(t.Exception, "Revoking the approval link of job {JobId} failed", JobId),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default);
        }

        await UnregisterReminderAsync(ReminderNames.KeepAlive);
        if (State.TokenHash is not null)
        {
            // Only jobs that went to review ever armed a deadline; skipping the lookup saves a reminder-table read.
            await UnregisterReminderAsync(ReminderNames.ApprovalDeadline);
        }

        await RegisterRetentionAsync();
        await CheckpointAsync(status, s => s.TerminalEffectsDone = true);
    }

    private async Task DeleteTempAsync()
    {
        await blobs.DeleteAsync(BlobContainers.Temp, State.UploadKey);
        await blobs.DeletePrefixAsync(BlobContainers.Temp, JobBlobKeys.Prefix(JobId));
    }

    private static void AddStageTime(JobState s, string stage, DateTimeOffset now)
    {
        if (s.StageStartedAt is { } started)
        {
            s.StageSeconds[stage] = s.StageSeconds.GetValueOrDefault(stage) + Math.Max(0, (now - started).TotalSeconds);
        }

        s.StageStartedAt = now;
    }

    private JobSnapshot Snapshot() => new(
        State.JobId,
        State.Status,
        State.Stage,
        State.Progress,
        State.Filename,
        State.CreatedAt,
        State.UpdatedAt,
        State.Error,
        [.. State.History],
        State.Decision,
        State.Attempts,
        new Dictionary<string, string>(State.ResultKeys));
}
