using System.Diagnostics;
using System.Text.Json;
using EqualifyPdf.Silo.Redis;
using EqualifyPdf.Storage;
using Microsoft.Extensions.Options;
using EqualifyPdf.Hosting.Health;

namespace EqualifyPdf.Silo.Health;

/// <summary><c>GET /health</c> on the silo: Redis/Garnet PING, blob store, and this silo's view of the membership.</summary>
public static class SiloHealthEndpoint
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Maps <c>/health</c>.</summary>
    public static IEndpointConventionBuilder MapSiloHealth(this IEndpointRouteBuilder app) => app.MapGet("health", GetHealthAsync);

    /// <summary>200 when every dependency answers, 503 (same body) otherwise.</summary>
    public static async Task<IResult> GetHealthAsync(
        RedisProbe redis, IOptions<RedisSettings> redisSettings, IBlobStore blobs, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var redisHealth = await redis.PingAsync();
        var blobHealth = await Measure(async () => await blobs.IsHealthyAsync(cancellationToken) ? null : "The blob store cannot be written.");
        var silos = 0;
        var clusterHealth = await Measure(async () =>
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            silos = hosts.Count;
            return silos > 0 ? null : "No active silo.";
        });
        var healthy = redisHealth.Healthy && blobHealth.Healthy && clusterHealth.Healthy;
        var report = new SiloHealthReport(
            healthy ? "healthy" : "unhealthy", redisHealth, redisSettings.Value.UsesEmbeddedGarnet, blobHealth, clusterHealth, silos);
        return TypedResults.Json(report, Json, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<ComponentHealth> Measure(Func<Task<string?>> check)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var error = await check();
            return new ComponentHealth(error is null, watch.Elapsed.TotalMilliseconds, error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OrleansException or TimeoutException or InvalidOperationException)
        {
            return new ComponentHealth(false, watch.Elapsed.TotalMilliseconds, ex.Message);
        }
    }
}
