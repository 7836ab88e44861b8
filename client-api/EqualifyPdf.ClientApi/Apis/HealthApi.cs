using System.Diagnostics;
using EqualifyPdf.ClientApi.Health;
using EqualifyPdf.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using EqualifyPdf.Hosting.Health;

namespace EqualifyPdf.ClientApi.Apis;

/// <summary><c>GET /health</c>: Redis/Garnet, the blob store and the cluster, each checked for real.</summary>
public static class HealthApi
{
    /// <summary>Maps <c>/health</c>, open to anonymous callers (load balancers and <c>run.sh</c> probe it).</summary>
    public static IEndpointConventionBuilder MapHealthApi(this IEndpointRouteBuilder app) =>
        app.MapGet("health", GetHealthAsync).WithTags("Health").AllowAnonymous();

    /// <summary>200 when every dependency answers, 503 (same body) otherwise.</summary>
    public static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealthAsync(
        RedisProbe redis, IBlobStore blobs, IClusterClient cluster, CancellationToken cancellationToken)
    {
        var redisHealth = await redis.PingAsync();
        var blobHealth = await CheckBlobsAsync(blobs, cancellationToken);
        var (clusterHealth, silos) = await CheckClusterAsync(cluster);
        var healthy = redisHealth.Healthy && blobHealth.Healthy && clusterHealth.Healthy;
        var report = new HealthReport(healthy ? "healthy" : "unhealthy", redisHealth, blobHealth, clusterHealth, silos);
        return healthy ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<ComponentHealth> CheckBlobsAsync(IBlobStore blobs, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var ok = await blobs.IsHealthyAsync(cancellationToken);
            return new ComponentHealth(ok, watch.Elapsed.TotalMilliseconds, ok ? null : "The blob store cannot be written.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ComponentHealth(false, watch.Elapsed.TotalMilliseconds, ex.Message);
        }
    }

    private static async Task<(ComponentHealth Health, int Silos)> CheckClusterAsync(IClusterClient cluster)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var hosts = await cluster.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(TimeSpan.FromSeconds(5));
            var ok = hosts.Count > 0;
            return (new ComponentHealth(ok, watch.Elapsed.TotalMilliseconds, ok ? null : "No active silo."), hosts.Count);
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException or InvalidOperationException)
        {
            return (new ComponentHealth(false, watch.Elapsed.TotalMilliseconds, ex.Message), 0);
        }
    }
}
