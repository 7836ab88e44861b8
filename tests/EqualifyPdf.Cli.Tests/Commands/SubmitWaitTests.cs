using EqualifyPdf.Cli.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualifyPdf.Cli.Tests.Commands;

/// <summary><c>submit --wait</c> follows the job's event stream (resuming a dropped one) and polls only without it.</summary>
public sealed class SubmitWaitTests : IDisposable
{
    private const string Job = "00112233445566778899aabbccddeeff";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task SubmitWait_StreamDropsMidway_EventsDriveTheWaitAndResumeWithLastEventId()
    {
        var pdf = _folder.Write("notes.pdf", TestPdfs.Clean());
        var connections = 0;
        await using var fake = await FakeService.StartAsync(app =>
        {
            MapSubmit(app);
            app.MapGet("/api/v1/documents/{id}/events", async (string id, HttpContext context) =>
            {
                context.Response.ContentType = "text/event-stream";
                if (Interlocked.Increment(ref connections) == 1)
                {
                    await context.Response.WriteAsync(
                        "retry: 20\n\n"
                        + $"id: 1\nevent: status\ndata: {{\"job_id\":\"{id}\",\"status\":\"pii_scanning\",\"stage\":\"pii_scan\",\"progress\":10}}\n\n"
                        + $"id: 2\nevent: status\ndata: {{\"job_id\":\"{id}\",\"status\":\"processing\",\"stage\":\"conversion\",\"progress\":40}}\n\n"
                        + $"id: 3\nevent: progress\ndata: {{\"job_id\":\"{id}\",\"stage\":\"conversion\",\"progress\":55}}\n\n");
                    await context.Response.Body.FlushAsync();
                    await Task.Delay(200); // let the events reach the client before the reset
                    context.Abort();
                    return;
                }

                await context.Response.WriteAsync(
                    $"id: 4\nevent: progress\ndata: {{\"job_id\":\"{id}\",\"stage\":\"assembly\",\"progress\":90}}\n\n"
                    + $"id: 5\nevent: status\ndata: {{\"job_id\":\"{id}\",\"status\":\"completed\",\"stage\":\"done\",\"progress\":100}}\n\n"
                    + $"id: 6\nevent: done\ndata: {{\"job_id\":\"{id}\",\"status\":\"completed\"}}\n\n");
            });
            app.MapGet("/api/v1/documents/{id}", (string id) => Results.Json(JobBody(id, "completed", "done", 100)));
        });

        var run = await CliRun.RunAsync(["submit", pdf, "--wait", "--server", fake.Url], apiKey: "key-1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [$"{pdf}: {Job} submitted", $"{Job}: pii_scanning (pii_scan, 10%)", $"{Job}: processing (conversion, 40%)",
                $"{Job}: processing (assembly, 90%)", $"{Job}: completed"],
            run.Lines);
        var events = fake.Requests.Where(r => r.Path.EndsWith("/events", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, events.Length);
        Assert.False(events[0].Headers.ContainsKey("Last-Event-ID"));
        Assert.Equal("3", events[1].Headers["Last-Event-ID"].ToString());
        Assert.All(events, r => Assert.Equal("key-1", r.Headers["X-API-Key"].ToString()));
        // The events drove the wait: the status route was read once, after done, not polled.
        Assert.Single(fake.Requests, r => r.Path == $"/api/v1/documents/{Job}");
    }

    [Fact]
    public async Task SubmitWait_StreamEndsFailed_ExitsOneWithTheError()
    {
        var pdf = _folder.Write("notes.pdf", TestPdfs.Clean());
        await using var fake = await FakeService.StartAsync(app =>
        {
            MapSubmit(app);
            app.MapGet("/api/v1/documents/{id}/events", async (string id, HttpContext context) =>
            {
                context.Response.ContentType = "text/event-stream";
                await context.Response.WriteAsync(
                    $"id: 1\nevent: status\ndata: {{\"job_id\":\"{id}\",\"status\":\"failed\",\"stage\":\"conversion\",\"progress\":20,\"error\":{{\"stage\":\"conversion\",\"category\":\"user_fixable\",\"message\":\"The PDF is encrypted.\"}}}}\n\n"
                    + $"id: 2\nevent: done\ndata: {{\"job_id\":\"{id}\",\"status\":\"failed\"}}\n\n");
            });
            app.MapGet("/api/v1/documents/{id}", (string id) => Results.Json(JobBody(id, "failed", "conversion", 20)));
        });

        var run = await CliRun.RunAsync(["submit", pdf, "--wait", "--server", fake.Url]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{Job}: failed (conversion, 20%): user_fixable: The PDF is encrypted.", run.Lines[^1]);
    }

    [Fact]
    public async Task SubmitWait_ServerWithoutStream_FallsBackToPolling()
    {
        var pdf = _folder.Write("notes.pdf", TestPdfs.Clean());
        var polls = 0;
        await using var fake = await FakeService.StartAsync(app =>
        {
            MapSubmit(app);
            // No events route: the stream answers 404, so the status is polled.
            app.MapGet("/api/v1/documents/{id}", (string id) => Interlocked.Increment(ref polls) < 3
                ? Results.Json(JobBody(id, "processing", "conversion", 50))
                : Results.Json(JobBody(id, "completed", "done", 100)));
        });

        var run = await CliRun.RunAsync(["submit", pdf, "--wait", "--server", fake.Url]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([$"{pdf}: {Job} submitted", $"{Job}: processing (conversion, 50%)", $"{Job}: completed"], run.Lines);
        Assert.True(polls >= 3, $"polled {polls} times");
        Assert.Contains(fake.Requests, r => r.Path.EndsWith("/events", StringComparison.Ordinal));
    }

    private static void MapSubmit(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/documents/submit", () =>
            Results.Json(new { job_id = Job, status = "submitted", status_url = $"/api/v1/documents/{Job}" }, statusCode: 202)).DisableAntiforgery();

    private static object JobBody(string id, string status, string stage, int progress) => new
    {
        job_id = id,
        status,
        stage,
        progress,
        filename = "notes.pdf",
        created_at = DateTimeOffset.UnixEpoch,
        updated_at = DateTimeOffset.UnixEpoch,
        error = status == "failed" ? new { stage, category = "user_fixable", message = "The PDF is encrypted." } : null,
        history = Array.Empty<object>(),
        queue_position = (int?)null,
    };
}
