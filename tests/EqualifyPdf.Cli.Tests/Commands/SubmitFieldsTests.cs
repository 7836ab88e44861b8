using System.Collections.Concurrent;
using EqualifyPdf.Cli.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EqualifyPdf.Cli.Tests.Commands;

/// <summary>What <c>submit</c> sends: the multipart fields and the API key (a fake records them; the real API
/// does not echo them back).</summary>
public sealed class SubmitFieldsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Submit_WithTitleLanguageAndReviewMode_SendsThemAsFormFieldsWithTheApiKey()
    {
        var pdf = _folder.Write("notes.pdf", TestPdfs.Clean());
        var forms = new ConcurrentQueue<Dictionary<string, string>>();
        await using var fake = await FakeService.StartAsync(app => app.MapPost("/api/v1/documents/submit", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var file = form.Files.GetFile("file")!;
            using var content = new MemoryStream();
            await file.CopyToAsync(content);
            forms.Enqueue(new Dictionary<string, string>
            {
                ["filename"] = file.FileName,
                ["content_type"] = file.ContentType,
                ["bytes"] = content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["title"] = form["title"].ToString(),
                ["language"] = form["language"].ToString(),
                ["review_mode"] = form["review_mode"].ToString(),
            });
            return Results.Json(new { job_id = "00112233445566778899aabbccddeeff", status = "submitted", status_url = "x" }, statusCode: 202);
        }).DisableAntiforgery());

        var run = await CliRun.RunAsync(
            ["submit", pdf, "--title", "Lecture 1", "--language", "fr-CA", "--review-mode", "human", "--server", fake.Url], apiKey: "key-9");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{pdf}: 00112233445566778899aabbccddeeff submitted", Assert.Single(run.Lines));
        var sent = Assert.Single(forms);
        Assert.Equal("notes.pdf", sent["filename"]);
        Assert.Equal("application/pdf", sent["content_type"]);
        Assert.Equal(new FileInfo(pdf).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), sent["bytes"]);
        Assert.Equal("Lecture 1", sent["title"]);
        Assert.Equal("fr-CA", sent["language"]);
        Assert.Equal("human", sent["review_mode"]);
        Assert.Equal("key-9", Assert.Single(fake.Requests).Headers["X-API-Key"].ToString());
    }
}
