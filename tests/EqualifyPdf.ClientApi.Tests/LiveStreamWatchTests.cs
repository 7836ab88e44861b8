using System.Collections.Concurrent;
using System.Net.ServerSentEvents;
using EqualifyPdf.ClientApi.Tests.Infrastructure;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Contracts.Progress;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Streams;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>
/// A job publishes on its Orleans stream only while someone watches it: what the SSE feed relies on for live events,
/// and what spares every job nobody follows the stream's pub-sub traffic. Each job is held awaiting approval while
/// the test subscribes, so the events that follow the decision are the ones looked for.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class LiveStreamWatchTests(ClusterFixture cluster)
{
    private static readonly TimeSpan DeliveryGrace = TimeSpan.FromSeconds(3);

    private readonly HttpClient _client = cluster.Api.CreateClient();

    [Fact]
    public async Task Watched_JobEventsAfterTheDecision_ArriveOnTheStreamInOrder()
    {
        var (jobId, received) = await SubscribeToAwaitingJobAsync();
        var job = Client.GetGrain<IJobGrain>(jobId);

        await job.Watch();
        await DecideAsync(job);
        await _client.WaitForStatusAsync(jobId, "completed");
        await WaitUntilAsync(() => received.Any(e => e.Kind == JobEventKind.Done));

        var events = received.ToList();
        Assert.Contains(events, e => e.Kind == JobEventKind.Status && e.Status == JobStatus.Processing);
        Assert.Equal(events.Select(e => e.Sequence).Order(), events.Select(e => e.Sequence));
        Assert.Equal(events.Count, events.Select(e => e.Sequence).Distinct().Count());
        var logged = await cluster.Api.Services.GetRequiredService<IJobProgressStore>().ReadAfterAsync(jobId, events[0].Sequence - 1);
        Assert.Equal(logged.Select(e => (e.Sequence, e.Kind)), events.Select(e => (e.Sequence, e.Kind)));
    }

    [Fact]
    public async Task Unwatched_JobEvents_AreLoggedButNeverPublished()
    {
        var (jobId, received) = await SubscribeToAwaitingJobAsync();
        var job = Client.GetGrain<IJobGrain>(jobId);

        await DecideAsync(job);
        await _client.WaitForStatusAsync(jobId, "completed");
        await Task.Delay(DeliveryGrace);

        Assert.Empty(received);
        var logged = await cluster.Api.Services.GetRequiredService<IJobProgressStore>().ReadAfterAsync(jobId, 0);
        Assert.Contains(logged, e => e.Kind == JobEventKind.Done);
    }

    [Fact]
    public async Task Feed_OpenOnAnAwaitingJob_WatchesIt_SoItsLaterEventsAreLive()
    {
        var (jobId, received) = await SubscribeToAwaitingJobAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/documents/{jobId}/events");
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        await using var events = SseParser.Create(body).EnumerateAsync().GetAsyncEnumerator();
        // The feed watches before it replays the log, so its first event means the job now publishes.
        Assert.True(await events.MoveNextAsync());

        await DecideAsync(Client.GetGrain<IJobGrain>(jobId));
        await WaitUntilAsync(() => received.Any(e => e.Kind == JobEventKind.Done));

        var types = new List<string>();
        while (await events.MoveNextAsync())
        {
            types.Add(events.Current.EventType);
        }

        Assert.Equal("done", types[^1]);
        Assert.Contains(received, e => e.Kind == JobEventKind.Status && e.Status == JobStatus.Processing);
    }

    private IClusterClient Client => cluster.Api.Services.GetRequiredService<IClusterClient>();

    private async Task<(string JobId, ConcurrentQueue<JobEvent> Received)> SubscribeToAwaitingJobAsync()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.WithPii());
        await _client.WaitForStatusAsync(jobId, "awaiting_approval");
        var received = new ConcurrentQueue<JobEvent>();
        var stream = Client.GetStreamProvider(JobStreams.Provider).GetStream<JobEvent>(StreamId.Create(JobStreams.Namespace, jobId));
        await stream.SubscribeAsync((e, _) =>
        {
            received.Enqueue(e);
            return Task.CompletedTask;
        });
        return (jobId, received);
    }

    private static async Task DecideAsync(IJobGrain job)
    {
        var decided = await job.DecideById(new ReviewDecision(DecisionKind.Approved, "Needed for the course.", "Dr. Lee", DateTimeOffset.UtcNow));
        Assert.Equal(CommandOutcome.Applied, decided.Outcome);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "no done event arrived on the stream");
            await Task.Delay(50);
        }
    }
}
