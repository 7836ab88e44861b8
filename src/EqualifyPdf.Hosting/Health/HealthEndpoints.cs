using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EqualifyPdf.Hosting.Health;

/// <summary>
/// Registers the checks (Redis, blob store, cluster) and maps the probes: <c>/health/live</c> (the process answers;
/// runs no check), <c>/health/ready</c> (every <see cref="HealthTags.Ready"/> check, cached) and <c>/health</c>, the
/// alias of ready that compose, ECS and the system tests probe. 200 when healthy or degraded, 503 when unhealthy.
/// </summary>
public static class HealthEndpoints
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Registers the health checks and their cache.</summary>
    /// <param name="services">The services.</param>
    /// <param name="redis">The cluster's Redis.</param>
    /// <param name="embeddedGarnet">On a silo: whether it hosts the embedded Garnet; null on the API.</param>
    /// <returns>The health-checks builder, to add more checks.</returns>
    public static IHealthChecksBuilder AddEqualifyHealthChecks(this IServiceCollection services, ConfigurationOptions redis, bool? embeddedGarnet = null)
    {
        services.AddOptions<HealthSettings>().BindConfiguration(HealthSettings.SectionName);
        services.AddSingleton(new RedisProbe(redis));
        services.AddSingleton<CachedHealthReports>();
        // A check that hangs (a stalled Redis) reports unhealthy after the timeout instead of holding the probe; applied
        // to every registration, those added later by other components too.
        services.AddOptions<HealthCheckServiceOptions>().PostConfigure<IOptions<HealthSettings>>((options, health) =>
        {
            foreach (var registration in options.Registrations.Where(r => r.Timeout == Timeout.InfiniteTimeSpan))
            {
                registration.Timeout = health.Value.CheckTimeout;
            }
        });
        services.TryAddSingleton(TimeProvider.System);
        return services.AddHealthChecks()
            .Add(new HealthCheckRegistration("redis", sp => new RedisHealthCheck(sp.GetRequiredService<RedisProbe>(), embeddedGarnet), HealthStatus.Unhealthy, [HealthTags.Ready]))
            .AddCheck<BlobStoreHealthCheck>("blob_store", tags: [HealthTags.Ready])
            .AddCheck<ClusterHealthCheck>("cluster", tags: [HealthTags.Ready]);
    }

    /// <summary>Maps <c>/health/live</c>, <c>/health/ready</c> and <c>/health</c>, open to anonymous callers.</summary>
    /// <param name="app">The endpoint builder.</param>
    /// <param name="showDetails">Whether this caller sees each check (an operator); the others get the status only.</param>
    /// <returns>The group of the three routes, for more metadata.</returns>
    public static RouteGroupBuilder MapEqualifyHealth(this IEndpointRouteBuilder app, Func<HttpContext, bool> showDetails)
    {
        var group = app.MapGroup("health").WithTags("Health");
        group.MapGet("live", () => TypedResults.Json(new HealthAnswer("healthy"), Json))
            .WithName("HealthLive")
            .WithSummary("Liveness: the process answers")
            .WithDescription("Runs no check, so a dependency outage never restarts a healthy process.")
            .Produces<HealthAnswer>(StatusCodes.Status200OK);
        group.MapGet("ready", (HttpContext context, CachedHealthReports reports, CancellationToken ct) => ReadyAsync(context, reports, showDetails, ct))
            .WithName("HealthReady")
            .WithSummary("Readiness: Redis, blob store, cluster (and any other ready check)")
            .WithDescription(Describe("Cached for Health:CacheDuration."))
            .Produces<HealthAnswer>(StatusCodes.Status200OK)
            .Produces<HealthAnswer>(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("", (HttpContext context, CachedHealthReports reports, CancellationToken ct) => ReadyAsync(context, reports, showDetails, ct))
            .WithName("Health")
            .WithSummary("Alias of /health/ready")
            .WithDescription(Describe("Kept for the container and load-balancer probes."))
            .Produces<HealthAnswer>(StatusCodes.Status200OK)
            .Produces<HealthAnswer>(StatusCodes.Status503ServiceUnavailable);
        group.AllowAnonymous();
        return group;
    }

    private static string Describe(string more) =>
        "200 when every check is healthy or degraded, 503 when one is unhealthy. Anonymous callers get {status} only; "
        + "operators also get checked_at, each check (status, healthy, latency_ms, error) under its name and the "
        + "checks' figures (active_silos, embedded_garnet). " + more;

    private static async Task<IResult> ReadyAsync(
        HttpContext context, CachedHealthReports reports, Func<HttpContext, bool> showDetails, CancellationToken ct)
    {
        var (report, checkedAt) = await reports.GetReadinessAsync(ct);
        var code = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        context.Response.Headers.CacheControl = "no-store";
        if (!showDetails(context))
        {
            return TypedResults.Json(new HealthAnswer(Wire(report.Status)), Json, statusCode: code);
        }

        var body = new Dictionary<string, object?> { ["status"] = Wire(report.Status), ["checked_at"] = checkedAt };
        foreach (var (name, entry) in report.Entries)
        {
            body[name] = new HealthCheckAnswer(
                Wire(entry.Status), entry.Status == HealthStatus.Healthy, Math.Round(entry.Duration.TotalMilliseconds, 1),
                entry.Status == HealthStatus.Healthy ? null : entry.Description ?? entry.Exception?.Message);
            foreach (var (key, value) in entry.Data)
            {
                body[key] = value;
            }
        }

        return TypedResults.Json(body, Json, statusCode: code);
    }

    private static string Wire(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
