using System.Net;
using System.Text.Json;
using EqualifyPdf.ClientApi.Tests.Infrastructure;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>The health probes of both hosts, what anonymous callers see, and the silo's dashboard.</summary>
[Collection(ClusterCollection.Name)]
public sealed class HealthTests(ClusterFixture cluster)
{
    [Fact]
    public async Task ClientApiHealth_ClusterUp_Returns200WithEveryComponent()
    {
        using var client = cluster.Api.CreateClient();
        foreach (var path in new[] { "/health", "/health/ready" })
        {
            using var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
            Assert.True(body.RootElement.GetProperty("redis").GetProperty("healthy").GetBoolean());
            Assert.True(body.RootElement.GetProperty("blob_store").GetProperty("healthy").GetBoolean());
            Assert.True(body.RootElement.GetProperty("cluster").GetProperty("healthy").GetBoolean());
            Assert.Equal(1, body.RootElement.GetProperty("active_silos").GetInt32());
        }
    }

    [Fact]
    public async Task ClientApiLive_Requested_Returns200WithoutRunningChecks()
    {
        using var client = cluster.Api.CreateClient();
        using var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["status"], body.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public async Task ClientApiHealth_AnonymousCaller_GetsStatusOnly()
    {
        await using var api = AnonymousApiFactory.Create(cluster);
        using var client = api.CreateClient();
        foreach (var path in new[] { "/health", "/health/ready", "/health/live" })
        {
            using var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(["status"], body.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
            Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task ClientApiMetrics_AnonymousCaller_Returns401()
    {
        await using var api = AnonymousApiFactory.Create(cluster);
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
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
    public async Task SiloDashboard_Requested_Returns200()
    {
        using var http = new HttpClient { BaseAddress = cluster.SiloHttp };
        using var response = await http.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
