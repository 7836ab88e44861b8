using System.Net;
using System.Net.Sockets;
using EqualifyPdf.Silo.Diagnostics;
using EqualifyPdf.Silo.Health;
using EqualifyPdf.Silo.Metrics;
using EqualifyPdf.Silo.Redis;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage;
using EqualifyPdf.Workers;
using EqualifyPdf.Workflow;
using EqualifyPdf.Workflow.Corrections;
using EqualifyPdf.Workflow.Naming;
using Orleans.Configuration;
using Orleans.Dashboard;
using StackExchange.Redis;
using EqualifyPdf.Hosting.Health;
using EqualifyPdf.Hosting.Redis;
using EqualifyPdf.Hosting.Progress;
using EqualifyPdf.Contracts.Progress;
using EqualifyPdf.Silo.Progress;
using Orleans.Providers;

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
        builder.Services.AddRedisJobProgress(redis, siloSettings.ServiceId);
        builder.Services.AddEqualifyWorkflow(configuration);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = siloSettings.ClusterId;
                o.ServiceId = siloSettings.ServiceId;
            });
            silo.ConfigureEndpoints(AdvertisedAddress(siloSettings), siloSettings.SiloPort, siloSettings.GatewayPort, listenOnAnyHostAddress: true);
            silo.UseRedisClustering(o => o.ConfigurationOptions = redis.Clone());
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = siloSettings.ProbeTimeout;
                o.NumMissedProbesLimit = siloSettings.NumMissedProbesLimit;
                o.TableRefreshTimeout = siloSettings.TableRefreshTimeout;
            });
            foreach (var name in new[] { StorageNames.Jobs, StorageNames.Pages, StorageNames.Tokens })
            {
                silo.AddRedisGrainStorage(name, o => o.ConfigurationOptions = redis.Clone());
            }

            // Live progress: memory streams keyed by job id, their pub-sub state beside the grain state.
            silo.AddMemoryStreams(JobStreams.Provider);
            silo.AddRedisGrainStorage(ProviderConstants.DEFAULT_PUBSUB_PROVIDER_NAME, o => o.ConfigurationOptions = redis.Clone());
            silo.AddStartupTask((sp, ct) =>
            {
                // In the background: a rebuild over many jobs must not hold up the silo's start.
                _ = sp.GetRequiredService<JobIndexRebuilder>().RunAsync(sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
                return Task.CompletedTask;
            });
            silo.UseRedisReminderService(o => o.ConfigurationOptions = redis.Clone());
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = siloSettings.MinimumReminderPeriod);
            silo.AddDashboard();
            // Every silo arms the (single, idempotent) sweep reminder, so it exists whichever silo starts first.
            silo.AddStartupTask((sp, _) => sp.GetRequiredService<IGrainFactory>().GetGrain<IUploadSweeperGrain>(0).Start());
        });

        builder.Services.AddSingleton(new RedisProbe(redis.Clone()));
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<JobIndexRebuilder>(sp, siloSettings.ServiceId));
        builder.Services.AddHostedService<QueueDepthReporter>();
        builder.Services.AddSingleton<MeterCollector>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MeterCollector>());
        return builder;
    }

    /// <summary>Maps the dashboard (<c>/dashboard</c>), <c>/health</c> and <c>/metrics</c> on the silo's HTTP port.</summary>
    public static WebApplication MapEqualifySiloEndpoints(this WebApplication app)
    {
        app.MapOrleansDashboard("/dashboard");
        app.MapSiloHealth();
        app.MapPrometheusMetrics();
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
