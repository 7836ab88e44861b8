using System.Net;
using EqualifyPdf.ClientApi.Tests.Infrastructure;

namespace EqualifyPdf.ClientApi.Tests.Security;

/// <summary>Results are served with nosniff and a CSP that forbids scripts; token routes are never cached or referred.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SecurityHeadersTests(ClusterFixture cluster)
{
    private readonly HttpClient _client = cluster.Api.CreateClient();

    [Fact]
    public async Task Result_Html_IsServedWithNosniffAndAScriptlessSandboxedCsp()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.Clean());
        await _client.WaitForStatusAsync(jobId, "completed");

        using var response = await _client.GetAsync($"/api/v1/documents/{jobId}/result?format=html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("sandbox", csp, StringComparison.Ordinal);
        // Only the job page's preview may frame it.
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("allow-scripts", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenRoutes_AreNoStoreAndNoReferrer_EvenWhenTheyFail()
    {
        var token = new string('D', 43);
        using var review = await _client.GetAsync($"/api/v1/approval/{token}/review");
        using var decision = await _client.PostAsync($"/api/v1/approval/{token}/decision", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        foreach (var response in new[] { review, decision })
        {
            Assert.Equal("no-store", Assert.Single(response.Headers.GetValues("Cache-Control")));
            Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    [Fact]
    public async Task StatusRoute_HasNosniffButNoDocumentCsp()
    {
        using var response = await _client.GetAsync("/api/v1/documents/0123456789abcdef0123456789abcdef");
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
    }
}
