using System.Text.Json;
using System.Text.Json.Serialization;
using EqualifyPdf.ClientApi.Apis;
using EqualifyPdf.ClientApi.Limits;
using EqualifyPdf.ClientApi.Uploads;
using EqualifyPdf.Contracts;
using EqualifyPdf.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Serialization;
using EqualifyPdf.Hosting.Health;
using EqualifyPdf.Hosting.Redis;
using EqualifyPdf.Hosting.Progress;
using EqualifyPdf.ClientApi.Queries;
using EqualifyPdf.ClientApi.Streaming;
using EqualifyPdf.Contracts.Progress;
using EqualifyPdf.Hosting.Telemetry;

namespace EqualifyPdf.ClientApi.Extensions;

/// <summary>Registers everything the HTTP front end needs: the Orleans client, blob store, JSON and problem details.</summary>
public static class ClientApiExtensions
{
    /// <summary>Wires the client-api host from configuration (see README for the keys).</summary>
    public static WebApplicationBuilder AddEqualifyClientApi(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var redis = RedisEndpoint.FromConfiguration(configuration);
        var serviceId = configuration["Orleans:ServiceId"] ?? "equalifypdf";

        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = configuration["Orleans:ClusterId"] ?? "equalifypdf";
                o.ServiceId = serviceId;
            });
            client.UseRedisClustering(o => o.ConfigurationOptions = redis.Clone());
            client.Services.Configure<ExceptionSerializationOptions>(WireExceptions.Allow);
            // A restarted silo must be found quickly; the default refresh is one minute.
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
            client.UseConnectionRetryFilter(RetryUntilStoppedAsync);
            client.AddMemoryStreams(JobStreams.Provider);
            // The request's trace continues into the grain calls it makes.
            client.AddActivityPropagation();
        });

        builder.Services.AddEqualifyStorage(configuration);
        builder.Services.AddOptions<UploadOptions>()
            .BindConfiguration(UploadOptions.SectionName)
            .Validate(o => o.MaxBytes > 0, "Uploads:MaxBytes must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<PdfUploadReceiver>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddRedisJobProgress(redis, serviceId);
        builder.Services.AddSingleton<IJobIndex, RedisJobIndex>();
        builder.Services.AddSingleton<JobEventFeed>();
        builder.Services.AddSingleton<StreamTokens>();
        builder.Services.AddSingleton<OcrLanguageCatalog>();
        builder.Services.AddEqualifyHealthChecks(redis.Clone());
        builder.AddEqualifyTelemetry("equalifypdf-api");
        builder.Services.AddEqualifyApiDocs();

        builder.Services.AddEqualifyAuth(configuration);
        builder.Services.AddEqualifyRateLimits();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ServiceUnavailableHandler>();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });

        // One JSON object per line, for log shippers. No scopes: the request scope holds the path, and with it
        // a review token.
        builder.Logging.AddJsonConsole(o => o.IncludeScopes = false);

        // Request paths carry approval tokens: the request-start/finish log lines must never be written,
        // whatever the configured level (a filter added in code wins over configuration).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Http.Result", LogLevel.Warning);
        return builder;
    }

    // The silo may start after the front end (run.sh, compose): keep trying instead of failing start-up.
    private static async Task<bool> RetryUntilStoppedAsync(Exception exception, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
