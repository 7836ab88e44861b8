using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using EqualifyPdf.ClientApi.Tests.Infrastructure;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>The reviewer's link: review, decide, idempotency, conflicts, expiry — and the token never in a log.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ApprovalTests(ClusterFixture cluster)
{
    private readonly HttpClient _client = cluster.Api.CreateClient();

    [Theory]
    [InlineData(null)]
    [InlineData("not a token!")]
    public async Task Review_UnknownToken_Returns404(string? token)
    {
        token ??= RandomToken();
        using var review = await _client.GetAsync($"/api/v1/approval/{Uri.EscapeDataString(token)}/review");
        Assert.Equal(HttpStatusCode.NotFound, review.StatusCode);
        await review.ReadProblemAsync();

        using var decision = await _client.PostAsJsonAsync($"/api/v1/approval/{Uri.EscapeDataString(token)}/decision", Approve());
        Assert.Equal(HttpStatusCode.NotFound, decision.StatusCode);
    }

    [Fact]
    public async Task Decision_InvalidBody_Returns400ListingEveryField()
    {
        using var response = await _client.PostAsJsonAsync($"/api/v1/approval/{RandomToken()}/decision",
            new { decision = "maybe", justification = " ", reviewed_by = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadProblemAsync()).GetProperty("errors");
        Assert.Equal(["decision", "justification", "reviewed_by"], errors.EnumerateObject().Select(p => p.Name).Order().ToArray());
    }

    [Fact]
    public async Task Decision_JustificationOver2000Chars_Returns400()
    {
        using var response = await _client.PostAsJsonAsync($"/api/v1/approval/{RandomToken()}/decision",
            new { decision = "approved", justification = new string('x', 2001), reviewed_by = "Dr. Lee" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadProblemAsync()).GetProperty("errors").TryGetProperty("justification", out _));
    }

    [Fact]
    public async Task Approve_ViaOutboxLink_CompletesJobOnceAndNeverLogsTheToken()
    {
        await using var api = cluster.CreateApi(new Dictionary<string, string?>(), traceAspNetCore: true);
        using var client = api.CreateClient();
        var jobId = await client.SubmitAsync(TestPdfs.WithPii());
        await client.WaitForStatusAsync(jobId, "awaiting_approval");
        var token = Outbox.TokenOf(await Outbox.WaitForReviewUrlAsync(cluster.OutboxFolder, jobId));

        using var review = await client.GetAsync($"/api/v1/approval/{token}/review");
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        using var reviewBody = JsonDocument.Parse(await review.Content.ReadAsStringAsync());
        Assert.Equal(jobId, reviewBody.RootElement.GetProperty("job_id").GetString());
        Assert.Equal("notes.pdf", reviewBody.RootElement.GetProperty("filename").GetString());
        Assert.True(reviewBody.RootElement.GetProperty("expires_at").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        var findings = reviewBody.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        foreach (var finding in findings)
        {
            Assert.False(string.IsNullOrEmpty(finding.GetProperty("entity_type").GetString()));
            Assert.Equal(1, finding.GetProperty("page").GetInt32());
            Assert.InRange(finding.GetProperty("score").GetDouble(), 0, 1);
            var snippet = finding.GetProperty("snippet").GetString()!;
            Assert.DoesNotContain("maria.gonzalez@example.edu", snippet, StringComparison.Ordinal);
            Assert.DoesNotContain("123-45-6789", snippet, StringComparison.Ordinal);
        }

        // Grouped by page, each finding saying whether and why it sends the document to review.
        var page = Assert.Single(reviewBody.RootElement.GetProperty("pages").EnumerateArray());
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(findings.Count, page.GetProperty("findings").GetArrayLength());
        var triggering = findings.Where(f => f.GetProperty("triggers_review").GetBoolean()).ToList();
        Assert.NotEmpty(triggering);
        Assert.Equal(triggering.Count, page.GetProperty("triggering_findings").GetInt32());
        Assert.All(triggering, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("reason").GetString())));
        Assert.True(reviewBody.RootElement.GetProperty("finding_counts").EnumerateObject().Any());

        using var approve = await client.PostAsJsonAsync($"/api/v1/approval/{token}/decision", Approve());
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        using var twice = await client.PostAsJsonAsync($"/api/v1/approval/{token}/decision", Approve());
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        using var contradict = await client.PostAsJsonAsync($"/api/v1/approval/{token}/decision",
            new { decision = "denied", justification = "changed my mind", reviewed_by = "Dr. Lee" });
        Assert.Equal(HttpStatusCode.Conflict, contradict.StatusCode);
        await contradict.ReadProblemAsync();
        using var usedUp = await client.GetAsync($"/api/v1/approval/{token}/review");
        Assert.Equal(HttpStatusCode.Gone, usedUp.StatusCode);

        var job = await client.WaitForStatusAsync(jobId, "completed");
        var history = job.GetProperty("history").EnumerateArray().ToList();
        Assert.Single(history, h => h.GetProperty("from").GetString() == "awaiting_approval");
        Assert.Equal("approved", job.GetProperty("decision").GetProperty("decision").GetString());
        var leaks = api.Logs.Lines.Where(line => line.Contains(token, StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, "token logged:\n" + string.Join('\n', leaks));
        Assert.Contains(api.Logs.Lines, line => line.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deny_ViaOutboxLink_RecordsDecisionAndEndsJob()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.WithPii());
        await _client.WaitForStatusAsync(jobId, "awaiting_approval");
        var token = Outbox.TokenOf(await Outbox.WaitForReviewUrlAsync(cluster.OutboxFolder, jobId));

        using var deny = await _client.PostAsJsonAsync($"/api/v1/approval/{token}/decision",
            new { decision = "denied", justification = "Holds grades of a named student.", reviewed_by = "Registrar" });
        Assert.Equal(HttpStatusCode.OK, deny.StatusCode);

        var job = await _client.WaitForStatusAsync(jobId, "denied");
        var decision = job.GetProperty("decision");
        Assert.Equal("denied", decision.GetProperty("decision").GetString());
        Assert.Equal("Holds grades of a named student.", decision.GetProperty("justification").GetString());
        Assert.Equal("Registrar", decision.GetProperty("reviewed_by").GetString());
        Assert.True(decision.TryGetProperty("reviewed_at", out _));
    }

    [Fact]
    public async Task Review_AfterDeadline_Returns410AndJobIsDenied()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.WithPii());
        await _client.WaitForStatusAsync(jobId, "awaiting_approval");
        var token = Outbox.TokenOf(await Outbox.WaitForReviewUrlAsync(cluster.OutboxFolder, jobId));

        var job = await _client.WaitForStatusAsync(jobId, "denied", ClusterFixture.ApprovalTimeout + TimeSpan.FromSeconds(30));
        Assert.Equal("approval_timeout", job.GetProperty("history").EnumerateArray().Last().GetProperty("reason").GetString());

        using var review = await _client.GetAsync($"/api/v1/approval/{token}/review");
        Assert.Equal(HttpStatusCode.Gone, review.StatusCode);
        using var decision = await _client.PostAsJsonAsync($"/api/v1/approval/{token}/decision", Approve());
        Assert.Equal(HttpStatusCode.Gone, decision.StatusCode);
        await decision.ReadProblemAsync();
    }

    private static object Approve() => new { decision = "approved", justification = "Course roster is needed.", reviewed_by = "Dr. Lee" };

    private static string RandomToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
