using System.Text;
using EqualifyPdf.Cli.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EqualifyPdf.Cli.Tests.Commands;

/// <summary><c>fetch</c> when the API answers 302 to a presigned S3 URL (a fake API and a fake S3 on two ports).</summary>
public sealed class FetchRedirectTests : IDisposable
{
    private const string Job = "0123456789abcdef0123456789abcdef";
    private const string Markdown = "# Lecture 1\n\nThermodynamics.\n";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Fetch_ResultOnS3_FollowsTheRedirectWithoutTheApiKeyAndWritesTheFile()
    {
        await using var s3 = await FakeService.StartAsync(app => app.MapGet("/results/{id}/document.md",
            () => Results.Text(Markdown, "text/markdown; charset=utf-8")));
        await using var api = await FakeService.StartAsync(app => app.MapGet("/api/v1/documents/{id}/result",
            (string id, string format) => Results.Redirect($"{s3.Url}/results/{id}/document.md?X-Amz-Signature=abc&format={format}")));
        var target = Path.Combine(_folder.Path, "out", "lecture.md");

        var run = await CliRun.RunAsync(["fetch", Job, "--format", "markdown", "-o", target, "--server", api.Url], apiKey: "key-123");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{Job}: markdown -> {target} ({Encoding.UTF8.GetByteCount(Markdown)} bytes)", Assert.Single(run.Lines));
        Assert.Equal(Markdown, await File.ReadAllTextAsync(target));
        Assert.Equal(["lecture.md"], _folder.Files("out"));
        var apiRequest = Assert.Single(api.Requests);
        Assert.Equal($"/api/v1/documents/{Job}/result?format=markdown", apiRequest.Path);
        Assert.Equal("key-123", apiRequest.Headers["X-API-Key"].ToString());
        var s3Request = Assert.Single(s3.Requests);
        Assert.StartsWith($"/results/{Job}/document.md?X-Amz-Signature=abc", s3Request.Path, StringComparison.Ordinal);
        Assert.False(s3Request.Headers.ContainsKey("X-API-Key"), "the API key must not travel to S3");
    }

    [Fact]
    public async Task Fetch_DownloadCutOff_ExitsOneAndLeavesNoFile()
    {
        await using var s3 = await FakeService.StartAsync(app => app.MapGet("/results/{id}/document.html", async (HttpContext context) =>
        {
            context.Response.ContentLength = 100_000;
            await context.Response.WriteAsync("<!DOCTYPE html><html><body>partial");
            await context.Response.Body.FlushAsync();
            context.Abort();
        }));
        await using var api = await FakeService.StartAsync(app => app.MapGet("/api/v1/documents/{id}/result",
            (string id) => Results.Redirect($"{s3.Url}/results/{id}/document.html")));
        var target = Path.Combine(_folder.Path, "doc.html");

        var run = await CliRun.RunAsync(["fetch", Job, "-o", target, "--server", api.Url]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{Job}: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(_folder.Files());
    }
}
