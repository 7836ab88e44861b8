using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EqualifyPdf.ClientApi.Tests.Infrastructure;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary><c>/metrics</c> (OpenTelemetry's Prometheus exporter) on the silo carries the product meters after real
/// jobs ran, beside Orleans'; the API's carries ASP.NET Core's.</summary>
[Collection(ClusterCollection.Name)]
public sealed partial class MetricsTests(ClusterFixture cluster)
{
    [Fact]
    public async Task SiloMetrics_AfterACleanJobCompletes_ExposeProductMetersInPrometheusFormat()
    {
        using var client = cluster.Api.CreateClient();
        var jobId = await client.SubmitAsync(TestPdfs.Clean(2));
        await client.WaitForStatusAsync(jobId, "completed");

        var text = await ScrapeSiloUntilAsync(t => Series(t, "equalifypdf_job_transitions_total", "status=\"completed\""));

        Assert.Contains("# TYPE equalifypdf_job_transitions_total counter", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE equalifypdf_stage_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.True(Series(text, "equalifypdf_stage_duration_seconds_bucket", "stage=\"conversion\""), "no conversion stage histogram");
        Assert.True(Series(text, "equalifypdf_pii_verdicts_total", "verdict=\"clean\""), "no clean PII verdict");
        Assert.True(Series(text, "equalifypdf_pages_corrected_total", "confidence="), "no corrected pages");
        Assert.True(Series(text, "equalifypdf_jobs", "status=\"processing\""), "no jobs gauge");
        Assert.Contains("\nequalifypdf_approvals_pending", text, StringComparison.Ordinal);
        Assert.Contains("\nequalifypdf_queue_depth", text, StringComparison.Ordinal);
        Assert.Contains("\norleans_", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiloMetrics_AfterAnApproval_RecordApprovalLatencyAndTheReviewVerdict()
    {
        using var client = cluster.Api.CreateClient();
        var jobId = await client.SubmitAsync(TestPdfs.WithPii());
        var token = Outbox.TokenOf(await Outbox.WaitForReviewUrlAsync(cluster.OutboxFolder, jobId));
        using var approve = await client.PostAsJsonAsync($"/api/v1/approval/{token}/decision",
            new { decision = "approved", justification = "Course roster, shared with the class.", reviewed_by = "Dr. Lee" });
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        await client.WaitForStatusAsync(jobId, "completed");

        var text = await ScrapeSiloUntilAsync(t => Series(t, "equalifypdf_approval_latency_seconds_count", "outcome=\"approved\""));

        Assert.Contains("# TYPE equalifypdf_approval_latency_seconds histogram", text, StringComparison.Ordinal);
        Assert.True(Series(text, "equalifypdf_pii_verdicts_total", "verdict=\"needs_review\""), "no needs_review verdict");
    }

    [Fact]
    public async Task ApiMetrics_Operator_ExposeAspNetCoreRequestMeters()
    {
        using var client = cluster.Api.CreateClient();
        await client.GetAsync("/health/live");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        string text;
        do
        {
            using var response = await client.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            text = await response.Content.ReadAsStringAsync();
        }
        while (!text.Contains("http_server_request_duration_seconds", StringComparison.Ordinal) && DateTime.UtcNow < deadline && await Delay());

        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text, StringComparison.Ordinal);
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(300);
        return true;
    }

    // The exporter caches a scrape briefly, so the series of a job that just ended may show one scrape later.
    private async Task<string> ScrapeSiloUntilAsync(Func<string, bool> ready)
    {
        using var http = new HttpClient { BaseAddress = cluster.SiloHttp };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            using var response = await http.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            var text = "\n" + await response.Content.ReadAsStringAsync();
            if (ready(text) || DateTime.UtcNow > deadline)
            {
                return text;
            }

            await Task.Delay(300);
        }
    }

    /// <summary>True when a sample line of <paramref name="metric"/> carries <paramref name="label"/>.</summary>
    private static bool Series(string text, string metric, string label) =>
        text.Split('\n').Any(line => line.StartsWith(metric + "{", StringComparison.Ordinal) && line.Contains(label, StringComparison.Ordinal)
            && SampleValue().IsMatch(line));

    [GeneratedRegex(@"\} [0-9.eE+-]+( [0-9]+)?$")]
    private static partial Regex SampleValue();
}
