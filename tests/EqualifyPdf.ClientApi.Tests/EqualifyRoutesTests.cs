using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualifyPdf.ClientApi.Tests.Infrastructure;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>The routes and submit fields existing Equalify reflow clients call.</summary>
[Collection(ClusterCollection.Name)]
public sealed class EqualifyRoutesTests(ClusterFixture cluster)
{
    private readonly HttpClient _client = cluster.Api.CreateClient();

    [Fact]
    public async Task ApproveById_AwaitingJob_ResumesAndASecondDecisionIs409()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.WithPii());
        await Outbox.WaitForReviewUrlAsync(cluster.OutboxFolder, jobId);

        using var approve = await _client.PostAsJsonAsync($"/api/v1/documents/{jobId}/pii/approve",
            new { reviewed_by = "Dr. Lee", justification = "Names only, cleared for publication." });
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var job = await _client.WaitForStatusAsync(jobId, "completed");
        var decision = job.GetProperty("decision");
        Assert.Equal("approved", decision.GetProperty("decision").GetString());
        Assert.Equal("Dr. Lee", decision.GetProperty("reviewed_by").GetString());

        using var again = await _client.PostAsJsonAsync($"/api/v1/documents/{jobId}/pii/deny",
            new { reviewed_by = "Dr. Lee", justification = "Changed my mind about it." });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        await again.ReadProblemAsync();
    }

    [Fact]
    public async Task DenyById_JobNotAwaitingApproval_Returns409()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.Clean());
        await _client.WaitForStatusAsync(jobId, "completed");

        using var deny = await _client.PostAsJsonAsync($"/api/v1/documents/{jobId}/pii/deny",
            new { reviewed_by = "Dr. Lee", justification = "Contains student grades." });

        Assert.Equal(HttpStatusCode.Conflict, deny.StatusCode);
    }

    [Fact]
    public async Task DecideById_BadBody_Returns400ForEachField()
    {
        using var response = await _client.PostAsJsonAsync("/api/v1/documents/0123456789abcdef0123456789abcdef/pii/approve",
            new { reviewed_by = "ab", justification = "too short" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadProblemAsync()).GetProperty("errors");
        Assert.Equal(["justification", "reviewed_by"], errors.EnumerateObject().Select(p => p.Name).Order().ToArray());

        using var unknown = await _client.PostAsJsonAsync("/api/v1/documents/0123456789abcdef0123456789abcdef/pii/approve",
            new { reviewed_by = "Dr. Lee", justification = "Looks fine to publish." });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Ledger_CompletedJob_ServesTheLedgerAnd409Before()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.WithPii());
        using var early = await _client.GetAsync($"/api/v1/documents/{jobId}/ledger");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        await Outbox.WaitForReviewUrlAsync(cluster.OutboxFolder, jobId);
        using var approve = await _client.PostAsJsonAsync($"/api/v1/documents/{jobId}/pii/approve",
            new { reviewed_by = "Dr. Lee", justification = "Cleared for publication." });
        await _client.WaitForStatusAsync(jobId, "completed");

        using var ledger = await _client.GetAsync($"/api/v1/documents/{jobId}/ledger");

        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
        Assert.Equal("application/json", ledger.Content.Headers.ContentType?.MediaType);
        using var viaResult = await _client.GetAsync($"/api/v1/documents/{jobId}/result?format=ledger");
        Assert.Equal(await viaResult.Content.ReadAsStringAsync(), await ledger.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Submit_ReviewModeHuman_CleanJobWaitsForAReviewer()
    {
        var jobId = await SubmitAsync(("review_mode", "human"));

        var job = await _client.WaitForStatusAsync(jobId, "awaiting_approval");

        Assert.Contains(job.GetProperty("history").EnumerateArray(), h => h.GetProperty("reason").GetString() == "review_requested");
    }

    [Fact]
    public async Task Submit_SkipPiiScan_ConvertsWithoutScanAndRecordsTheReason()
    {
        var jobId = await SubmitAsync(TestPdfs.WithPii(), ("skip_pii_scan", "true"), ("skip_reason", "Synthetic roster used for staff training."));

        var job = await _client.WaitForStatusAsync(jobId, "completed");

        var skipped = Assert.Single(job.GetProperty("history").EnumerateArray(), h => h.GetProperty("reason").GetString() == "pii_scan_skipped");
        Assert.Equal("Synthetic roster used for staff training.", skipped.GetProperty("note").GetString());
        Assert.Equal("processing", skipped.GetProperty("to").GetString());
    }

    [Fact]
    public async Task Submit_OcrLanguagesInstalled_IsAccepted()
    {
        var jobId = await SubmitAsync(("ocr_languages", "eng"));
        await _client.WaitForStatusAsync(jobId, "completed");
    }

    [Fact]
    public async Task Submit_BadOptions_Returns400ListingEveryField()
    {
        var form = ApiClient.Upload(TestPdfs.Clean());
        form.Add(new StringContent("sometimes"), "review_mode");
        form.Add(new StringContent("eng,klingon"), "ocr_languages");
        form.Add(new StringContent("true"), "skip_pii_scan");
        using var response = await _client.PostAsync("/api/v1/documents/submit", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadProblemAsync()).GetProperty("errors");
        Assert.Equal(["ocr_languages", "review_mode", "skip_reason"], errors.EnumerateObject().Select(p => p.Name).Order().ToArray());
        Assert.Contains("klingon", errors.GetProperty("ocr_languages")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_AfterAJobCompleted_AnswersAnEstimatedCompletion()
    {
        var done = await _client.SubmitAsync(TestPdfs.Clean());
        await _client.WaitForStatusAsync(done, "completed");

        using var response = await _client.PostAsync("/api/v1/documents/submit", ApiClient.Upload(TestPdfs.Clean(pages: 2)));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(body.GetProperty("estimated_completion_minutes").GetInt32() >= 0, body.ToString());
        var finished = await _client.WaitForStatusAsync(body.GetProperty("job_id").GetString()!, "completed");
        Assert.Equal(JsonValueKind.Null, finished.GetProperty("estimated_completion_minutes").ValueKind);
    }

    private Task<string> SubmitAsync(params (string Name, string Value)[] fields) => SubmitAsync(TestPdfs.Clean(), fields);

    private async Task<string> SubmitAsync(byte[] pdf, params (string Name, string Value)[] fields)
    {
        var form = ApiClient.Upload(pdf);
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        using var response = await _client.PostAsync("/api/v1/documents/submit", form);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("job_id").GetString()!;
    }
}
