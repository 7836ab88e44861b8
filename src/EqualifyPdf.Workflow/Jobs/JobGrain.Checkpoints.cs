using EqualifyPdf.Contracts.Jobs;
using Microsoft.Extensions.Logging;
using EqualifyPdf.Workflow.Resilience;
using Orleans.Storage;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>
/// State changes of <see cref="JobGrain"/>. Every write goes through one lock (a cancel may interleave with a running
/// step) and one rule: the change is made on a copy, the copy is written (storage hiccups retried), and only a
/// successful write makes it the grain's state — a failed write leaves the grain exactly as it was. A lost write race
/// (<see cref="InconsistentStateException"/>) re-reads the stored state and decides again.
/// </summary>
public sealed partial class JobGrain
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>
    /// Applies <paramref name="decide"/> to a copy of the state and persists it. <paramref name="decide"/> returns
    /// false to write nothing (the state no longer allows the change). Returns whether a change was written.
    /// </summary>
    /// <exception cref="StorageUnavailableException">The write did not succeed within the retries.</exception>
    private async Task<bool> CommitAsync(Func<JobState, bool> decide)
    {
        await _writeLock.WaitAsync();
        try
        {
            while (true)
            {
                var current = State;
                var next = copier.Copy(current);
                if (!decide(next))
                {
                    return false;
                }

                next.UpdatedAt = Now;
                _stored = current;
                state.State = next;
                try
                {
                    await _storage.RunOnCallerAsync(_ => state.WriteStateAsync(), CancellationToken.None);
                    _stored = null;
                    metrics.Committed(current, next);
                    await PublishCommitAsync(current, next);
                    return true;
                }
                catch (InconsistentStateException)
                {
                    // Another activation wrote first (e.g. during a silo failover): decide again on what it wrote.
                    logger.LogWarning("Job {JobId}: state changed under this activation; re-reading", JobId);
                    try
                    {
                        await _storage.RunOnCallerAsync(_ => state.ReadStateAsync(), CancellationToken.None);
                    }
                    catch (Exception e)
                    {
                        state.State = current;
                        throw new StorageUnavailableException($"The state of job {JobId} could not be read.", e);
                    }
                    finally
                    {
                        _stored = null;
                    }
                }
                catch (Exception e)
                {
                    state.State = current;
                    _stored = null;
                    throw new StorageUnavailableException($"The state of job {JobId} could not be saved.", e);
                }
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Moves the job from <paramref name="from"/> to <paramref name="to"/>, appends the history entry and persists,
    /// all before any effect of the new status runs. Returns false (and changes nothing) when the job is no longer
    /// in <paramref name="from"/> — a concurrent cancel won.
    /// </summary>
    private async Task<bool> TransitionAsync(
        JobStatus from, JobStatus to, string reason, string actor, Action<JobState>? mutate = null, string? note = null)
    {
        var now = Now;
        var moved = await CommitAsync(s =>
        {
            if (s.Status != from)
            {
                return false;
            }

            s.Status = to;
            s.History.Add(new JobTransition(now, from, to, reason, actor, note));
            if (to.IsTerminal())
            {
                s.TerminalAt = now;
            }

            mutate?.Invoke(s);
            return true;
        });
        if (moved)
        {
            logger.LogInformation("Job {JobId}: {From} -> {To} ({Reason})", JobId, from, to, reason);
        }

        return moved;
    }

    /// <summary>Persists a step's checkpoint if the job is still in <paramref name="expected"/>; false otherwise.</summary>
    private Task<bool> CheckpointAsync(JobStatus expected, Action<JobState> mutate) => CommitAsync(s =>
    {
        if (s.Status != expected)
        {
            return false;
        }

        mutate(s);
        return true;
    });

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

    /// <summary>Runs a reminder or blob call through the storage retries; afterwards its failure is ours, never the document's.</summary>
    private Task StorageCallAsync(Func<CancellationToken, Task> call, CancellationToken ct) =>
        StorageCallAsync(
            async token =>
            {
                await call(token);
                return true;
            },
            ct);

    /// <inheritdoc cref="StorageCallAsync(Func{CancellationToken, Task}, CancellationToken)"/>
    private async Task<T> StorageCallAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken ct)
    {
        try
        {
            return await _storage.RunOnCallerAsync(call, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new StorageUnavailableException($"A storage call of job {JobId} failed.", e);
        }
    }

    private static void AddStageTime(JobState s, string stage, DateTimeOffset now)
    {
        if (s.StageStartedAt is { } started)
        {
            s.StageSeconds[stage] = s.StageSeconds.GetValueOrDefault(stage) + Math.Max(0, (now - started).TotalSeconds);
        }

        s.StageStartedAt = now;
    }

    private JobSnapshot Snapshot()
    {
        // What the job is doing right now, which the persisted stage does not say: waiting for a worker or for storage.
        var position = IsActive(State.Status) ? workQueue.PositionOf(JobId) : null;
        var stage = position is not null ? JobStages.Queued : _storageOutageSince is not null ? JobStages.WaitingForStorage : State.Stage;
        return new JobSnapshot(
            State.JobId,
            State.Status,
            stage,
            State.Progress,
            State.Filename,
            State.CreatedAt,
            State.UpdatedAt,
            State.Error,
            [.. State.History],
            State.Decision,
            State.Attempts,
            new Dictionary<string, string>(State.ResultKeys),
            position,
            EstimateMinutes(State, stage, position),
            State.SubmittedBy,
            State.ReviewerNotice,
            Llm: State.Llm);
    }
}
