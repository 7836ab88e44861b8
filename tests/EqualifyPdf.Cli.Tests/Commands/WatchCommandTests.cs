using EqualifyPdf.Cli.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EqualifyPdf.Cli.Tests.Commands;

/// <summary><c>watch</c> against a fake that speaks the documented SSE wire format.</summary>
public sealed class WatchCommandTests
{
    private const string Job = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task Watch_StreamDropsMidway_ResumesWithLastEventIdAndExitsZeroOnCompleted()
    {
        var connections = 0;
        await using var fake = await FakeService.StartAsync(app => app.MapGet("/api/v1/documents/{id}/events", async (string id, HttpContext context) =>
        {
            context.Response.ContentType = "text/event-stream";
            if (Interlocked.Increment(ref connections) == 1)
            {
                await context.Response.WriteAsync(
                    "retry: 20\n\n"
                    + $"id: 1\nevent: status\ndata: {{\"job_id\":\"{id}\",\"status\":\"processing\",\"stage\":\"converting\",\"progress\":40,\"queue_position\":null,\"error\":null}}\n\n"
                    + ": keep-alive\n\n"
                    + $"id: 2\nevent: progress\ndata: {{\"job_id\":\"{id}\",\"stage\":\"converting\",\"progress\":55}}\n\n");
                await context.Response.Body.FlushAsync();
                await Task.Delay(200); // let the events reach the client before the reset
                context.Abort(); // the connection drops before done
                return;
            }

            await context.Response.WriteAsync(
                $"id: 3\nevent: page\ndata: {{\"job_id\":\"{id}\",\"page\":3,\"pages_total\":10}}\n\n"
                + $"id: 4\nevent: done\ndata: {{\"job_id\":\"{id}\",\"status\":\"completed\"}}\n\n");
        }));

        var run = await CliRun.RunAsync(["watch", Job, "--server", fake.Url], apiKey: "key-123");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["status: processing (converting, 40%)", "progress: converting 55%", "page: 3/10", "done: completed"],
            run.Lines);
        var requests = fake.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.All(requests, r => Assert.Equal($"/api/v1/documents/{Job}/events", r.Path));
        Assert.All(requests, r => Assert.Equal("key-123", r.Headers["X-API-Key"].ToString()));
        Assert.All(requests, r => Assert.Contains("text/event-stream", r.Headers.Accept.ToString(), StringComparison.Ordinal));
        Assert.False(requests[0].Headers.ContainsKey("Last-Event-ID"));
        Assert.Equal("2", requests[1].Headers["Last-Event-ID"].ToString());
    }

    [Theory]
    [InlineData("failed")]
    [InlineData("denied")]
    public async Task Watch_DoneWithoutResult_ExitsOne(string status)
    {
        await using var fake = await FakeService.StartAsync(app => app.MapGet("/api/v1/documents/{id}/events", async (string id, HttpContext context) =>
        {
            context.Response.ContentType = "text/event-stream";
            await context.Response.WriteAsync(
                $"id: 5\nevent: status\ndata: {{\"job_id\":\"{id}\",\"status\":\"{status}\",\"stage\":\"conversion\",\"progress\":20,\"error\":{{\"stage\":\"conversion\",\"category\":\"user_fixable\",\"message\":\"The PDF is encrypted.\"}}}}\n\n"
                + $"id: 6\nevent: done\ndata: {{\"job_id\":\"{id}\",\"status\":\"{status}\"}}\n\n");
        }));

        var run = await CliRun.RunAsync(["watch", Job, "--server", fake.Url]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"status: {status} (conversion, 20%): user_fixable: The PDF is encrypted.", run.Lines[0]);
        Assert.Equal($"done: {status}", run.Lines[^1]);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task Watch_UnknownJob_PrintsTheProblemDetailOnOneLineAndExitsOne()
    {
        await using var fake = await FakeService.StartAsync(app => app.MapGet("/api/v1/documents/{id}/events",
            (string id) => Results.Problem($"No job has the id '{id}'.", statusCode: 404, title: "Not Found")));

        var run = await CliRun.RunAsync(["watch", Job, "--server", fake.Url]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{Job}: 404 Not Found: No job has the id '{Job}'.", Assert.Single(run.ErrorLines));
        Assert.Empty(run.Stdout);
    }
}
