using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace EqualifyPdf.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry for both hosts: metrics (ASP.NET Core, HttpClient, .NET runtime, Orleans, Polly and every
/// <c>EqualifyPdf.*</c> meter) scraped at <c>/metrics</c> in the Prometheus format, and traces from an HTTP request
/// through the Orleans grain calls. Both also go to an OTLP collector when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The standard OpenTelemetry variable; when set, metrics and traces are also exported over OTLP.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The path Prometheus scrapes.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Meters beside the instrumentation packages' own: Orleans, Polly (resilience events and circuit
    /// states), and the product's (<c>EqualifyPdf.Workflow</c>, <c>EqualifyPdf.Storage</c>, the LLM corrector's …).</summary>
    public static readonly string[] Meters = ["Microsoft.Orleans", "Polly", "EqualifyPdf.*"];

    /// <summary>Activity sources of Orleans' grain-call tracing (enabled by <c>AddActivityPropagation()</c> on the
    /// silo and the client) and of the product.</summary>
    public static readonly string[] ActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "EqualifyPdf.*"];

    /// <summary>Registers the meter and tracer providers for the service named <paramref name="serviceName"/>.</summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="serviceName">The <c>service.name</c> resource attribute, e.g. <c>equalifypdf-silo</c>.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddEqualifyTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter(Meters)
                    .AddPrometheusExporter();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            })
            .WithTracing(tracing =>
            {
                // Scrapes and probes every few seconds would drown the request traces.
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = context => !IsInfrastructure(context.Request.Path))
                    .AddHttpClientInstrumentation()
                    .AddSource(ActivitySources);
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            });
        return builder;
    }

    /// <summary>Maps <c>GET /metrics</c> (Prometheus text format; OpenMetrics when the scraper asks for it).</summary>
    /// <param name="app">The endpoint builder.</param>
    /// <returns>The endpoint, for authorization or metadata.</returns>
    public static IEndpointConventionBuilder MapEqualifyMetrics(this IEndpointRouteBuilder app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath);

    private static bool IsInfrastructure(PathString path) =>
        path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
