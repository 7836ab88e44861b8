using System.Net;
using System.Text.Json;
using EqualifyPdf.ClientApi.Tests.Infrastructure;
using EqualifyPdf.Hosting.Health;
using EqualifyPdf.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>The readiness checks against a real Redis that is then killed: the probe turns 503 and names Redis,
/// while the blob store and the (real) cluster stay healthy.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RedisOutageHealthTests(ClusterFixture cluster)
{
    [Fact]
    public async Task Ready_RedisStopped_Returns503WithRedisUnhealthy()
    {
        using var redis = await RedisProcess.StartAsync();
        var blobs = Directory.CreateTempSubdirectory("equalify-health-blobs-").FullName;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Health:CacheDuration"] = "00:00:00.200",
            ["Health:CheckTimeout"] = "00:00:02",
            ["BlobStorage:LocalRoot"] = blobs,
        });
        builder.Services.AddEqualifyStorage(builder.Configuration);
        builder.Services.AddSingleton<IGrainFactory>(cluster.Api.Services.GetRequiredService<IClusterClient>());
        var options = ConfigurationOptions.Parse($"127.0.0.1:{redis.Port}");
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 1000;
        builder.Services.AddEqualifyHealthChecks(options);
        await using var app = builder.Build();
        app.MapEqualifyHealth(_ => true);
        await app.StartAsync();
        using var client = app.GetTestClient();

        var (upCode, up) = await ReadyAsync(client);
        Assert.Equal(HttpStatusCode.OK, upCode);
        Assert.True(up.GetProperty("redis").GetProperty("healthy").GetBoolean());

        redis.Stop();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        var (code, body) = await ReadyAsync(client);
        while (code == HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            (code, body) = await ReadyAsync(client);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, code);
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.False(body.GetProperty("redis").GetProperty("healthy").GetBoolean());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("redis").GetProperty("error").GetString()));
        Assert.True(body.GetProperty("blob_store").GetProperty("healthy").GetBoolean());
        Assert.True(body.GetProperty("cluster").GetProperty("healthy").GetBoolean());
        Directory.Delete(blobs, recursive: true);
    }

    private static async Task<(HttpStatusCode, JsonElement)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.Clone());
    }
}
