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
/// them on the job's Orleans stream while someone watches (<see cref="Watch"/>). The round trip is kept small because
/// every commit pays it: the index moves the job out of the one status list it was in (not all of them), progress-only
/// commits leave the index alone, and a page event that a checkpoint follows rides with that checkpoint's append.
/// Publishing runs under the write lock, so events leave in commit order; a failure to publish is logged and never
/// fails the job (a client replays what it missed from the store).
/// </summary>
/// <remarks>
/// The stream is published on only while watched because most jobs are never followed live (batch clients poll), and
/// a stream's first event costs a pub-sub rendezvous activation with its state read and written in Redis: on the
/// embedded Garnet that halved the jobs a silo finished per second. A follower subscribes first, then watches, then
/// replays the log, so an event appended before the watch arrived is in the replay and none falls between the two.
/// A new activation (after a failover) starts unwatched; the follower's next renewal, at most
/// <c>JobEventFeed.IdlePoll</c> later, resumes the stream, and its log read meanwhile misses nothing.
/// </remarks>
public sealed partial class JobGrain
{
    private IJobProgressStore? _progressStore;
    private StageTimingCache? _timings;
    private IAsyncStream<JobEvent>? _events;

    // The status list the operator index holds this job in, as this activation last wrote it; null = not known (a new
    // activation, or a failed write), and the next write clears every other list.
    private JobStatus? _indexedAs;

    // A finished page whose event goes out with the checkpoint written right after it (PublishPageAsync).
    private int? _pendingPage;

    // Until when a follower wants the events on the stream (Watch); never watched = the minimum.
    private DateTimeOffset _watchedUntil;

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
    public Task Watch()
    {
        _watchedUntil = Now + JobStreams.WatchLease;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task RefreshIndex()
    {
        // Under the write lock, so a rebuild never writes a status that a commit has just left.
        await _writeLock.WaitAsync();
        try
        {
            if (state.RecordExists)
            {
                await ProgressStore.IndexAsync(IndexRecord(State));
                _indexedAs = State.Status;
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Called by <see cref="CommitAsync"/> after each successful write, inside the write lock.</summary>
    private async Task PublishCommitAsync(JobState before, JobState after)
    {
        var events = new List<JobEvent>(3);
        if (_pendingPage is { } page)
        {
            // The page finished before this write: its event carries the state it finished in, and goes first.
            events.Add(PageEvent(before, page));
            _pendingPage = null;
        }

        var created = string.IsNullOrEmpty(before.JobId);
        var statusChanged = before.Status != after.Status || created;
        var stageChanged = statusChanged || before.Stage != after.Stage;
        if (stageChanged)
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

        // A progress step alone leaves the index as it is: what operators filter and sort on did not move.
        var index = stageChanged || before.ApprovalExpiresAt != after.ApprovalExpiresAt ? IndexRecord(after) : null;
        if (events.Count > 0 || index is not null)
        {
            // A new job is in no status list yet; otherwise the one this activation last wrote, when it knows it.
            await PublishAsync(events, index, created ? after.Status : _indexedAs);
        }

        if (statusChanged && after.Status == JobStatus.Completed)
        {
            await RecordTimingAsync(after);
        }
    }

    /// <summary>
    /// One more page corrected: a <c>page</c> event, in commit order with the rest. With
    /// <paramref name="withNextCommit"/> (the caller writes a checkpoint right after) it joins that write's round trip
    /// instead of making its own.
    /// </summary>
    private async Task PublishPageAsync(int pagesDone, bool withNextCommit = false)
    {
        await _writeLock.WaitAsync();
        try
        {
            if (withNextCommit && !State.Status.IsTerminal())
            {
                _pendingPage = pagesDone;
                return;
            }

            await PublishAsync([PageEvent(State, pagesDone)], null, _indexedAs);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task PublishAsync(IReadOnlyList<JobEvent> events, JobIndexRecord? index, JobStatus? indexedAs)
    {
        try
        {
            var numbered = await ProgressStore.AppendAsync(JobId, events, index, indexedAs);
            if (index is not null)
            {
                _indexedAs = index.Status;
            }

            if (Now < _watchedUntil && EventStream() is { } stream)
            {
                foreach (var e in numbered)
                {
                    await stream.OnNextAsync(e);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The index may now hold the job under either status: the next write clears every other list.
            _indexedAs = null;
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

    private JobEvent PageEvent(JobState s, int pagesDone) =>
        Event(JobEventKind.Page, s) with { Page = pagesDone, PagesTotal = s.PageCount };

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
