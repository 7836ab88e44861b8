using System.Net;
using System.Text.Json;
using EqualifyPdf.ClientApi.Tests.Infrastructure;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>/health on both hosts, and the silo's /metrics and dashboard.</summary>
[Collection(ClusterCollection.Name)]
public sealed class HealthTests(ClusterFixture cluster)
{
    [Fact]
    public async Task ClientApiHealth_ClusterUp_Returns200WithEveryComponent()
    {
        using var client = cluster.Api.CreateClient();
        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.True(body.RootElement.GetProperty("redis").GetProperty("healthy").GetBoolean());
        Assert.True(body.RootElement.GetProperty("blob_store").GetProperty("healthy").GetBoolean());
        Assert.True(body.RootElement.GetProperty("cluster").GetProperty("healthy").GetBoolean());
        Assert.Equal(1, body.RootElement.GetProperty("active_silos").GetInt32());
    }

    [Fact]
    public async Task SiloHealth_EmbeddedGarnet_Returns200()
    {
        using var http = new HttpClient { BaseAddress = cluster.SiloHttp };
        using var response = await http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("embedded_garnet").GetBoolean());
        Assert.True(body.RootElement.GetProperty("redis").GetProperty("healthy").GetBoolean());
        Assert.Equal(1, body.RootElement.GetProperty("active_silos").GetInt32());
    }

    [Fact]
    public async Task SiloMetrics_Scraped_ReturnsPrometheusTextWithOrleansMeters()
    {
        using var http = new HttpClient { BaseAddress = cluster.SiloHttp };
        await http.GetAsync("/health"); // makes sure some grain calls and requests have been measured
        using var response = await http.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("# TYPE ", text, StringComparison.Ordinal);
        Assert.Contains("\norleans_", "\n" + text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiloDashboard_Requested_Returns200()
    {
        using var http = new HttpClient { BaseAddress = cluster.SiloHttp };
        using var response = await http.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
