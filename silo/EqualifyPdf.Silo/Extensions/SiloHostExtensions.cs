using System.Net;
using System.Net.Sockets;
using EqualifyPdf.Contracts;
using EqualifyPdf.Silo.Diagnostics;
using EqualifyPdf.Silo.Redis;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Corrections.Llm.Health;
using EqualifyPdf.Corrections.Llm.Options;
using EqualifyPdf.Storage;
using EqualifyPdf.Workers;
using EqualifyPdf.Workflow;
using EqualifyPdf.Workflow.Corrections;
using EqualifyPdf.Workflow.Naming;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Serialization;
using Polly.Telemetry;
using StackExchange.Redis;
using EqualifyPdf.Hosting.Health;
using EqualifyPdf.Hosting.Redis;
using EqualifyPdf.Hosting.Progress;
using EqualifyPdf.Contracts.Progress;
using EqualifyPdf.Silo.Progress;
using Orleans.Providers;
using EqualifyPdf.Hosting.Telemetry;

namespace EqualifyPdf.Silo.Extensions;

/// <summary>Composes the silo: storage, workflow grains, Orleans on Redis/Garnet, dashboard, health and metrics.</summary>
public static class SiloHostExtensions
{
    /// <summary>Registers every silo service from configuration (keys in README).</summary>
    public static WebApplicationBuilder AddEqualifySilo(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var redisSettings = configuration.GetSection(RedisSettings.SectionName).Get<RedisSettings>() ?? new RedisSettings();
        var siloSettings = configuration.GetSection(SiloSettings.SectionName).Get<SiloSettings>() ?? new SiloSettings();
        var redis = RedisEndpoint.FromConfiguration(configuration);

        builder.Services.AddOptions<RedisSettings>().BindConfiguration(RedisSettings.SectionName);
        // Registered before Orleans: started before the silo connects, stopped after the silo has stopped.
        builder.Services.AddHostedService<EmbeddedGarnetService>();

        builder.Services.AddEqualifyStorage(configuration);
        var drill = configuration.GetSection(DiagnosticsSettings.SectionName).Get<DiagnosticsSettings>() ?? new DiagnosticsSettings();
        if (drill.Enabled)
        {
            // Registered before the workflow, whose own registrations only fill what is missing.
            builder.Services.AddSingleton<IPageCorrector>(new DrillPageCorrector(drill));
        }

        builder.Services.AddDocumentWorkers(configuration);
        // One multiplexer for grain state, reminders, the pub-sub store and live progress (see SharedRedisConnection);
        // clustering keeps its own, as it still writes the silo's last membership row after the others have stopped.
        var shared = new SharedRedisConnection(redis);
        builder.Services.AddSingleton(_ => shared);
        builder.Services.AddRedisJobProgress(redis, siloSettings.ServiceId);
        builder.Services.AddEqualifyWorkflow(configuration);
        // Polly's telemetry logs each call's result as-is, and a storage call's result can be a page's text: log only
        // its type, whatever level an operator turns on.
        builder.Services.Configure<TelemetryOptions>(o => o.ResultFormatter = (_, result) => result?.GetType().Name);
        if (configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>()?.Enabled == true)
        {
            // Joins readiness (and so /health and /health/ready); it reports degraded, never unhealthy, so a model outage
            // shows without taking the silo out of service (pages then fall back to the rule-based result).
            builder.Services.AddHealthChecks().AddCheck<LlmHealthCheck>(LlmHealthCheck.Name, tags: [HealthTags.Ready]);
        }

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = siloSettings.ClusterId;
                o.ServiceId = siloSettings.ServiceId;
            });
            // Closed by default: the silo and gateway ports listen on the advertised address only (loopback unless
            // Orleans:AdvertisedIP says otherwise), or on every interface with Orleans:ListenOnAnyHostAddress.
            silo.ConfigureEndpoints(AdvertisedAddress(siloSettings), siloSettings.SiloPort, siloSettings.GatewayPort,
                listenOnAnyHostAddress: siloSettings.ListenOnAnyHostAddress);
            silo.UseRedisClustering(o => o.ConfigurationOptions = redis.Clone());
            silo.Services.Configure<ExceptionSerializationOptions>(WireExceptions.Allow);
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = siloSettings.ProbeTimeout;
                o.NumMissedProbesLimit = siloSettings.NumMissedProbesLimit;
                o.TableRefreshTimeout = siloSettings.TableRefreshTimeout;
            });
            foreach (var name in new[] { StorageNames.Jobs, StorageNames.Pages, StorageNames.Tokens })
            {
                silo.AddRedisGrainStorage(name, o => (o.ConfigurationOptions, o.CreateMultiplexer) = (redis.Clone(), _ => shared.ForProviderAsync()));
            }

            // Live progress: memory streams keyed by job id, their pub-sub state beside the grain state.
            silo.AddMemoryStreams(JobStreams.Provider);
            silo.AddRedisGrainStorage(ProviderConstants.DEFAULT_PUBSUB_PROVIDER_NAME,
                o => (o.ConfigurationOptions, o.CreateMultiplexer) = (redis.Clone(), _ => shared.ForProviderAsync()));
            silo.AddStartupTask((sp, ct) =>
            {
                // In the background: a rebuild over many jobs must not hold up the silo's start.
                _ = sp.GetRequiredService<JobIndexRebuilder>().RunAsync(sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
                return Task.CompletedTask;
            });
            silo.UseRedisReminderService(o => (o.ConfigurationOptions, o.CreateMultiplexer) = (redis.Clone(), _ => shared.ForProviderAsync()));
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = siloSettings.MinimumReminderPeriod);
            silo.AddDashboard();
            // Grain calls join the trace of the HTTP request (or grain) that made them.
            silo.AddActivityPropagation();
            // Every silo arms the (single, idempotent) sweep reminder, so it exists whichever silo starts first.
            silo.AddStartupTask((sp, _) => sp.GetRequiredService<IGrainFactory>().GetGrain<IUploadSweeperGrain>(0).Start());
        });

        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<JobIndexRebuilder>(sp, siloSettings.ServiceId));
        builder.Services.AddHostedService<QueueDepthReporter>();
        builder.Services.AddEqualifyHealthChecks(redis.Clone(), redisSettings.UsesEmbeddedGarnet);
        builder.AddEqualifyTelemetry("equalifypdf-silo");
        builder.Services.AddEqualifySiloAuth(configuration);
        builder.Logging.AddJsonConsole(o => o.IncludeScopes = false);
        return builder;
    }

    /// <summary>Maps the dashboard (<c>/dashboard</c>, behind <see cref="SiloAuthExtensions.OperatorPolicy"/>: it shows
    /// live logs, grain state, job ids and file names), <c>/health</c>, <c>/health/live</c>, <c>/health/ready</c> and
    /// <c>/metrics</c> on the silo's HTTP port. That port is internal (compose and ECS never publish it), so every
    /// caller gets the health details and the scraper needs no key.</summary>
    public static WebApplication MapEqualifySiloEndpoints(this WebApplication app)
    {
        app.MapOrleansDashboard("/dashboard").RequireAuthorization(SiloAuthExtensions.OperatorPolicy);
        app.MapEqualifyHealth(showDetails: _ => true);
        app.MapEqualifyMetrics();
        return app;
    }

    private static IPAddress AdvertisedAddress(SiloSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.AdvertisedIP))
        {
            return IPAddress.Parse(settings.AdvertisedIP);
        }

        // In a container the host name resolves to the address other silos and clients can reach.
        return Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
            ?? IPAddress.Loopback;
    }
}
