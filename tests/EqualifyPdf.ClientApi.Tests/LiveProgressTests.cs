using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualifyPdf.ClientApi.Tests.Infrastructure;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>Live progress over SSE: the events in order, resume by Last-Event-ID, a stream opened after the end, tokens.</summary>
[Collection(ClusterCollection.Name)]
public sealed class LiveProgressTests(ClusterFixture cluster)
{
    private readonly HttpClient _client = cluster.Api.CreateClient();

    [Fact]
    public async Task Events_CleanJob_StreamsStatusProgressPagesAndDoneInOrder()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.Clean(pages: 3));

        var events = await _client.ReadToEndAsync($"/api/v1/documents/{jobId}/events");

        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Id));
        Assert.Equal("done", events[^1].Type);
        Assert.Equal("completed", events[^1].Data.GetProperty("status").GetString());
        var statuses = events.Where(e => e.Type == "status").Select(e => e.Data.GetProperty("status").GetString()).Distinct().ToList();
        Assert.Equal(["submitted", "pii_scanning", "processing", "completed"], statuses);
        var pages = events.Where(e => e.Type == "page").Select(e => e.Data.GetProperty("page").GetInt32()).ToList();
        Assert.Equal([1, 2, 3], pages);
        Assert.All(events.Where(e => e.Type == "page"), e => Assert.Equal(3, e.Data.GetProperty("pages_total").GetInt32()));
        var progress = events.Where(e => e.Type is "status" or "progress").Select(e => e.Data.GetProperty("progress").GetInt32()).ToList();
        Assert.Equal(progress.Order(), progress);
        Assert.All(events, e => Assert.Equal(jobId, e.Data.GetProperty("job_id").GetString()));
        var first = events[0].Data;
        foreach (var field in new[] { "status", "stage", "progress", "queue_position", "error" })
        {
            Assert.True(first.TryGetProperty(field, out _), $"status event lacks '{field}': {first}");
        }
    }

    [Fact]
    public async Task Events_LastEventId_ResumesAfterIt()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.Clean(pages: 2));
        var all = await _client.ReadToEndAsync($"/api/v1/documents/{jobId}/events");
        var middle = all[all.Count / 2].Id;

        var resumed = await _client.ReadToEndAsync($"/api/v1/documents/{jobId}/events", lastEventId: middle);

        Assert.Equal(all.Where(e => e.Id > middle).Select(e => (e.Id, e.Type)), resumed.Select(e => (e.Id, e.Type)));
    }

    [Fact]
    public async Task Events_JobAlreadyEnded_SendsFinalStatusAndDoneAtOnce()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.Clean());
        await _client.WaitForStatusAsync(jobId, "completed");
        var last = (await _client.ReadToEndAsync($"/api/v1/documents/{jobId}/events"))[^1].Id;

        var started = DateTime.UtcNow;
        var events = await _client.ReadToEndAsync($"/api/v1/documents/{jobId}/events", lastEventId: last);

        Assert.Equal(["status", "done"], events.Select(e => e.Type));
        Assert.Equal("completed", events[0].Data.GetProperty("status").GetString());
        Assert.Equal(100, events[0].Data.GetProperty("progress").GetInt32());
        Assert.All(events, e => Assert.Equal(last, e.Id));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(4), "the final events must come at once, not after a poll");
    }

    [Fact]
    public async Task StreamToken_OpensTheStreamOnceOnly()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.Clean());
        using var response = await _client.PostAsync($"/api/v1/documents/{jobId}/stream/token", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("token").GetString()!;
        var expires = body.GetProperty("expires_at").GetDateTimeOffset();
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(290), TimeSpan.FromSeconds(301));
        var url = new Uri(body.GetProperty("stream_url").GetString()!);
        Assert.Equal($"/api/v1/documents/{jobId}/stream", url.AbsolutePath);

        var events = await _client.ReadToEndAsync(url.PathAndQuery);
        Assert.Equal("done", events[^1].Type);

        using var again = await _client.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        using var other = await _client.GetAsync($"/api/v1/documents/{jobId}/stream?token={token}x");
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
    }

    [Fact]
    public async Task Events_UnknownJob_Returns404()
    {
        using var response = await _client.GetAsync("/api/v1/documents/0123456789abcdef0123456789abcdef/events");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
