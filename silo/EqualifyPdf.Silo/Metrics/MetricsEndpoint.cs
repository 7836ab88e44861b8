namespace EqualifyPdf.Silo.Metrics;

/// <summary><c>GET /metrics</c>: every .NET meter of the silo (Orleans, runtime, ASP.NET Core) in Prometheus text.</summary>
public static class MetricsEndpoint
{
    /// <summary>Maps <c>/metrics</c>.</summary>
    public static IEndpointConventionBuilder MapPrometheusMetrics(this IEndpointRouteBuilder app) =>
        app.MapGet("metrics", (MeterCollector collector) => TypedResults.Text(PrometheusText.Render(collector.Collect()), PrometheusText.ContentType));
}
