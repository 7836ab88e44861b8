using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Contracts.Progress;
using EqualifyPdf.Hosting.Progress;
using Orleans.Streams;

namespace EqualifyPdf.ClientApi.Streaming;

/// <summary>
/// The Server-Sent Events of one job, whichever silo runs it: subscribe to the job's Orleans stream first, then ask
/// the job to publish on it (<see cref="IJobGrain.Watch"/>, renewed every <see cref="IdlePoll"/>), then replay from the
/// shared event log what came after <c>Last-Event-ID</c>, then pass live events on (skipping any already sent,
/// re-reading the log when a sequence number is missing). A job that has ended gets its final
/// <c>status</c> and <c>done</c> at once; the feed ends after <c>done</c>.
/// </summary>
public sealed class JobEventFeed(IClusterClient cluster, IJobProgressStore store)
{
    /// <summary>How long the feed waits for a live event before it looks at the log itself.</summary>
    public static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(5);

    /// <summary>How long a feed opened on an ended job waits for the job's last events to reach the log.</summary>
    public static readonly TimeSpan FinalGrace = TimeSpan.FromSeconds(1);

    /// <summary>The SSE items of <paramref name="jobId"/> after sequence <paramref name="after"/>.</summary>
    public async IAsyncEnumerable<SseItem<string>> ReadAsync(string jobId, long after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var live = Channel.CreateUnbounded<JobEvent>(new UnboundedChannelOptions { SingleReader = true });
        var stream = cluster.GetStreamProvider(JobStreams.Provider).GetStream<JobEvent>(StreamId.Create(JobStreams.Namespace, jobId));
        var subscription = await stream.SubscribeAsync((e, _) =>
        {
            live.Writer.TryWrite(e);
            return Task.CompletedTask;
        });
        try
        {
            var job = cluster.GetGrain<IJobGrain>(jobId);
            await job.Watch();
            var watchAgainAt = DateTime.UtcNow + IdlePoll;
            var last = after;
            var ended = false;
            foreach (var e in await store.ReadAfterAsync(jobId, last))
            {
                (last, ended) = (e.Sequence, e.Kind == JobEventKind.Done);
                yield return Item(e);
            }

            // Ended before (or while) we connected. The job's last events reach the log just after its state is
            // written, so they are awaited briefly; only if none come (an old job, its log trimmed or never written)
            // are the final status and done made up from the snapshot.
            var endedJob = !ended && await job.GetSnapshot() is { } snapshot && snapshot.Status.IsTerminal() ? snapshot : null;
            while (!ended)
            {
                if (DateTime.UtcNow >= watchAgainAt)
                {
                    // Renewed well inside the lease, busy or idle; it also restarts the stream of a job that moved to
                    // a new activation, which starts unwatched.
                    await job.Watch();
                    watchAgainAt = DateTime.UtcNow + IdlePoll;
                }

                var missed = new List<JobEvent>();
                using (var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    idle.CancelAfter(endedJob is null ? IdlePoll : FinalGrace);
                    try
                    {
                        var e = await live.Reader.ReadAsync(idle.Token);
                        if (e.Sequence <= last)
                        {
                            continue;
                        }

                        missed.AddRange(e.Sequence == last + 1 ? [e] : await store.ReadAfterAsync(jobId, last));
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        // Quiet for a while: a lost stream message must not stall the client, so ask the log.
                        missed.AddRange(await store.ReadAfterAsync(jobId, last));
                    }
                }

                if (endedJob is not null && !missed.Any(e => e.Sequence > last))
                {
                    foreach (var e in Final(endedJob, last))
                    {
                        yield return Item(e);
                    }

                    yield break;
                }

                foreach (var e in missed.Where(e => e.Sequence > last))
                {
                    (last, ended) = (e.Sequence, e.Kind == JobEventKind.Done);
                    yield return Item(e);
                    if (ended)
                    {
                        break;
                    }
                }
            }
        }
        finally
        {
            await subscription.UnsubscribeAsync();
        }
    }

    private static IEnumerable<JobEvent> Final(JobSnapshot job, long last)
    {
        // The ids stay at the last sequence sent, so a client resuming from them misses nothing later.
        var status = new JobEvent(last, job.JobId, JobEventKind.Status, job.Status, job.Stage, job.Progress, null,
            job.Status == JobStatus.Failed ? job.Error : null, null, null, job.UpdatedAt);
        return [status, status with { Kind = JobEventKind.Done }];
    }

    private static SseItem<string> Item(JobEvent e)
    {
        object data = e.Kind switch
        {
            JobEventKind.Status => new { e.JobId, e.Status, e.Stage, e.Progress, e.QueuePosition, e.Error },
            JobEventKind.Progress => new { e.JobId, e.Stage, e.Progress },
            JobEventKind.Page => new { e.JobId, e.Page, e.PagesTotal },
            _ => new { e.JobId, e.Status },
        };
        return new SseItem<string>(JsonSerializer.Serialize(data, ProgressJson.Options), JsonNamingPolicy.SnakeCaseLower.ConvertName(e.Kind.ToString()))
        {
            EventId = e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
