using System.Net;
using System.Text.Json;
using EqualifyPdf.ClientApi.Tests.Infrastructure;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>Submit, status, results, cancel and retry through the real pipeline and a real cluster.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DocumentsTests(ClusterFixture cluster)
{
    private readonly HttpClient _client = cluster.Api.CreateClient();

    [Fact]
    public async Task Submit_ValidPdf_Returns202WithLocationAndJobBody()
    {
        using var response = await _client.PostAsync("/api/v1/documents/submit", ApiClient.Upload(TestPdfs.Clean(), title: "Week 1", language: "en"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var jobId = body.RootElement.GetProperty("job_id").GetString()!;
        Assert.Matches("^[0-9a-f]{32}$", jobId);
        Assert.Contains(body.RootElement.GetProperty("status").GetString(), new[] { "submitted", "pii_scanning", "processing" });
        var statusUrl = body.RootElement.GetProperty("status_url").GetString();
        Assert.Equal(response.Headers.Location?.ToString(), statusUrl);
        Assert.EndsWith($"/api/v1/documents/{jobId}", statusUrl, StringComparison.Ordinal);

        var job = await _client.GetJobAsync(jobId);
        Assert.Equal(jobId, job.GetProperty("job_id").GetString());
        Assert.Equal("notes.pdf", job.GetProperty("filename").GetString());
        foreach (var field in new[] { "status", "stage", "progress", "created_at", "updated_at", "error", "history" })
        {
            Assert.True(job.TryGetProperty(field, out _), $"missing '{field}' in {job}");
        }

        var first = job.GetProperty("history")[0];
        Assert.Equal("submitted", first.GetProperty("to").GetString());
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("not-a-job")]
    public async Task GetStatus_UnknownJob_Returns404Problem(string jobId)
    {
        using var response = await _client.GetAsync($"/api/v1/documents/{jobId}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadProblemAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task GetResult_CompletedCleanJob_ServesEveryFormatWithItsContentType()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.Clean(pages: 2));
        var job = await _client.WaitForStatusAsync(jobId, "completed");
        Assert.Equal(100, job.GetProperty("progress").GetInt32());

        var html = await GetResultAsync(jobId, "html", "text/html");
        Assert.True(html.Contains("Thermodynamics", StringComparison.Ordinal) && html.Contains("Kinematics", StringComparison.Ordinal), html);
        Assert.Contains("Thermodynamics", await GetResultAsync(jobId, "markdown", "text/markdown"), StringComparison.Ordinal);
        JsonDocument.Parse(await GetResultAsync(jobId, "ledger", "application/json")).Dispose();
        JsonDocument.Parse(await GetResultAsync(jobId, "metadata", "application/json")).Dispose();

        using var bad = await _client.GetAsync($"/api/v1/documents/{jobId}/result?format=docx");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.ReadProblemAsync()).GetProperty("errors").TryGetProperty("format", out _));
    }

    [Fact]
    public async Task GetResult_JobNotCompleted_Returns409()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.WithPii());
        await _client.WaitForStatusAsync(jobId, "awaiting_approval");

        using var response = await _client.GetAsync($"/api/v1/documents/{jobId}/result?format=html");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("awaiting_approval", (await response.ReadProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResult_UnknownJob_Returns404()
    {
        using var response = await _client.GetAsync("/api/v1/documents/0123456789abcdef0123456789abcdef/result?format=html");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Cancel_AwaitingApproval_CancelsOnceAndRevokesTheLink()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.WithPii());
        await _client.WaitForStatusAsync(jobId, "awaiting_approval");
        var token = Outbox.TokenOf(await Outbox.WaitForReviewUrlAsync(cluster.OutboxFolder, jobId));

        using var cancel = await _client.PostAsync($"/api/v1/documents/{jobId}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        using var cancelled = JsonDocument.Parse(await cancel.Content.ReadAsStringAsync());
        Assert.Equal("cancelled", cancelled.RootElement.GetProperty("status").GetString());

        using var again = await _client.PostAsync($"/api/v1/documents/{jobId}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var history = (await _client.GetJobAsync(jobId)).GetProperty("history").EnumerateArray().ToList();
        Assert.Single(history, h => h.GetProperty("to").GetString() == "cancelled");

        using var retry = await _client.PostAsync($"/api/v1/documents/{jobId}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);
        await retry.ReadProblemAsync();

        using var review = await _client.GetAsync($"/api/v1/approval/{token}/review");
        Assert.Equal(HttpStatusCode.Gone, review.StatusCode);
    }

    [Fact]
    public async Task Retry_FailedJob_Returns202UntilAttemptsRunOut()
    {
        // Starts like a PDF but holds no readable document: the job fails with a user-fixable error.
        var jobId = await _client.SubmitAsync("%PDF-1.7\nthis is not a real document\n%%EOF\n"u8.ToArray());
        var failed = await _client.WaitForStatusAsync(jobId, "failed");
        var error = failed.GetProperty("error");
        Assert.False(string.IsNullOrEmpty(error.GetProperty("stage").GetString()));
        Assert.Contains(error.GetProperty("category").GetString(), new[] { "user_fixable", "temporary", "admin_required" });
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));

        for (var attempt = 2; attempt <= 3; attempt++)
        {
            using var retry = await _client.PostAsync($"/api/v1/documents/{jobId}/retry", null);
            Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
            Assert.EndsWith($"/api/v1/documents/{jobId}", retry.Headers.Location?.ToString(), StringComparison.Ordinal);
            await _client.WaitForStatusAsync(jobId, "failed");
        }

        using var exhausted = await _client.PostAsync($"/api/v1/documents/{jobId}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, exhausted.StatusCode);
        await exhausted.ReadProblemAsync();
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("retry")]
    public async Task Command_UnknownJob_Returns404(string command)
    {
        using var response = await _client.PostAsync($"/api/v1/documents/0123456789abcdef0123456789abcdef/{command}", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ReadProblemAsync();
    }

    private async Task<string> GetResultAsync(string jobId, string format, string mediaType)
    {
        using var response = await _client.GetAsync($"/api/v1/documents/{jobId}/result?format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}
