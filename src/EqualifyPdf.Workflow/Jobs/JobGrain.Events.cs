using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Contracts.Progress;
using EqualifyPdf.Workflow.Progress;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>
/// Live progress of <see cref="JobGrain"/>: after every committed change the grain derives its events (status,
/// progress, page, done), numbers them and writes its operator-index entry in one store round trip, then publishes
/// them on the job's Orleans stream. Publishing runs under the write lock, so events leave in commit order; a
/// failure to publish is logged and never fails the job (a client replays what it missed from the store).
/// </summary>
public sealed partial class JobGrain
{
    private IJobProgressStore? _progressStore;
    private StageTimingCache? _timings;
    private IAsyncStream<JobEvent>? _events;

    private IJobProgressStore ProgressStore => _progressStore ??= ServiceProvider.GetRequiredService<IJobProgressStore>();

    private StageTimingCache Timings => _timings ??= ServiceProvider.GetRequiredService<StageTimingCache>();

    /// <inheritdoc />
    public async Task<JobCommandResult> DecideById(ReviewDecision decision)
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

        if (State.Status != JobStatus.AwaitingApproval || State.TokenHash is not { } hash)
        {
            return new JobCommandResult(CommandOutcome.Conflict, Snapshot(), $"The job is {Wire(State.Status)}, not awaiting approval.");
        }

        // The same path as a decision through the live link, whose hash the job holds.
        return await Decide(decision, hash);
    }

    /// <inheritdoc />
    public async Task RefreshIndex()
    {
        if (state.RecordExists)
        {
            await ProgressStore.IndexAsync(IndexRecord(State));
        }
    }

    /// <summary>Called by <see cref="CommitAsync"/> after each successful write, inside the write lock.</summary>
    private async Task PublishCommitAsync(JobState before, JobState after)
    {
        var events = new List<JobEvent>(2);
        var statusChanged = before.Status != after.Status || string.IsNullOrEmpty(before.JobId);
        if (statusChanged || before.Stage != after.Stage)
        {
            events.Add(Event(JobEventKind.Status, after));
        }
        else if (before.Progress != after.Progress)
        {
            events.Add(Event(JobEventKind.Progress, after));
        }

        if (statusChanged && after.Status.IsTerminal())
        {
            events.Add(Event(JobEventKind.Done, after));
        }

        var indexChanged = events.Count > 0 || before.ApprovalExpiresAt != after.ApprovalExpiresAt;
        if (indexChanged)
        {
            await PublishAsync(events, IndexRecord(after));
        }

        if (statusChanged && after.Status == JobStatus.Completed)
        {
            await RecordTimingAsync(after);
        }
    }

    /// <summary>One more page corrected: a <c>page</c> event, in commit order with the rest.</summary>
    private async Task PublishPageAsync(int pagesDone)
    {
        await _writeLock.WaitAsync();
        try
        {
            await PublishAsync([Event(JobEventKind.Page, State) with { Page = pagesDone, PagesTotal = State.PageCount }], null);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task PublishAsync(IReadOnlyList<JobEvent> events, JobIndexRecord? index)
    {
        try
        {
            var numbered = await ProgressStore.AppendAsync(JobId, events, index);
            if (EventStream() is { } stream)
            {
                foreach (var e in numbered)
                {
                    await stream.OnNextAsync(e);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Job {JobId}: progress events could not be published", JobId);
        }
    }

    private async Task RecordTimingAsync(JobState s)
    {
        try
        {
            var timed = s.StageSeconds.Where(p => StageEstimate.TimedStages.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);
            await ProgressStore.RecordTimingAsync(timed, s.PageCount);
            await Timings.RefreshAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Job {JobId}: stage timings could not be recorded", JobId);
        }
    }

    private IAsyncStream<JobEvent>? EventStream()
    {
        if (_events is null && ServiceProvider.GetKeyedService<IStreamProvider>(JobStreams.Provider) is { } provider)
        {
            _events = provider.GetStream<JobEvent>(StreamId.Create(JobStreams.Namespace, JobId));
        }

        return _events;
    }

    private JobEvent Event(JobEventKind kind, JobState s)
    {
        var position = IsActive(s.Status) ? workQueue.PositionOf(JobId) : null;
        return new JobEvent(0, JobId, kind, s.Status, position is null ? s.Stage : JobStages.Queued, s.Progress, position,
            s.Status == JobStatus.Failed ? s.Error : null, null, s.PageCount > 0 ? s.PageCount : null, s.UpdatedAt);
    }

    private JobIndexRecord IndexRecord(JobState s) => new(
        JobId, s.Status, s.Stage, s.Filename, s.SubmittedBy, s.CreatedAt, s.UpdatedAt,
        s.Status == JobStatus.Failed ? s.Error?.Category : null,
        s.Status == JobStatus.AwaitingApproval ? s.ApprovalExpiresAt : null);

    private int? EstimateMinutes(JobState s, string stage, int? position) =>
        s.Status.IsTerminal()
            ? null
            : StageEstimate.Minutes(Timings.Current, stage, s.PageCount, s.PagesDone,
                s.StageStartedAt is { } started ? Math.Max(0, (Now - started).TotalSeconds) : 0, position, workQueue.Capacity);
}
