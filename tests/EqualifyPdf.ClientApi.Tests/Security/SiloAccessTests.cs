extern alias silo;

using System.Globalization;
using System.Net;
using EqualifyPdf.ClientApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using silo::EqualifyPdf.Silo.Extensions;

namespace EqualifyPdf.ClientApi.Tests.Security;

/// <summary>
/// The silo's dashboard needs an operator key once keys are configured (health and metrics stay open for probes and
/// the scraper); with no keys on a loopback-only silo (the shared fixture's) it is open. The keyed silo is a cluster of its own on the
/// fixture's Garnet.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SiloAccessTests(ClusterFixture cluster)
{
    [Fact]
    public async Task KeyedSilo_DashboardNeedsAnOperatorKey_HealthAndMetricsNeedNone()
    {
        await using var silo = await StartKeyedSiloAsync();
        var http = new Uri(silo.Urls.First());
        foreach (var path in new[] { "/dashboard" })
        {
            using var anonymous = Client(http, null);
            using var noKey = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
            await noKey.ReadProblemAsync();

            using var submitter = Client(http, TestKeys.Alice);
            using var wrongRole = await submitter.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, wrongRole.StatusCode);
            await wrongRole.ReadProblemAsync();

            using var ops = Client(http, TestKeys.Operator);
            using var allowed = await ops.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var probe = Client(http, null);
        foreach (var path in new[] { "/health", "/metrics" })
        {
            using var open = await probe.GetAsync(path);
            Assert.NotEqual(HttpStatusCode.Unauthorized, open.StatusCode);
            Assert.NotEqual(HttpStatusCode.Forbidden, open.StatusCode);
        }

        await silo.StopAsync();
    }

    [Fact]
    public async Task NoKeysLoopbackOnly_DashboardIsOpenToThisMachine()
    {
        using var client = new HttpClient { BaseAddress = cluster.SiloHttp };
        using var dashboard = await client.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    private async Task<WebApplication> StartKeyedSiloAsync()
    {
        var clusterId = "silo-access-" + Guid.NewGuid().ToString("N")[..8];
        var settings = TestKeys.Settings(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Redis:ConnectionString"] = "127.0.0.1:" + cluster.ClientSettings["Redis:EmbeddedPort"],
            ["Orleans:ClusterId"] = clusterId,
            ["Orleans:ServiceId"] = clusterId,
            ["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans:AdvertisedIP"] = "127.0.0.1",
            ["BlobStorage:LocalRoot"] = Path.Combine(cluster.Root, "silo-access-blobs"),
            ["Workflow:OutboxFolder"] = Path.Combine(cluster.Root, "silo-access-outbox"),
            ["Workers:Count"] = "1",
        });
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = cluster.Root });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddEqualifySilo();
        var silo = builder.Build();
        silo.MapEqualifySiloEndpoints();
        await silo.StartAsync();
        return silo;
    }

    private static HttpClient Client(Uri siloHttp, TestKey? key)
    {
        var client = new HttpClient { BaseAddress = siloHttp };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-API-Key", key.Key);
        }

        return client;
    }
}
