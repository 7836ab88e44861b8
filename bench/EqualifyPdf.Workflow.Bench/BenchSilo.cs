using System.Net;
using System.Net.Sockets;
using EqualifyPdf.Contracts.Progress;
using EqualifyPdf.Silo.Extensions;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow;
using EqualifyPdf.Workflow.Naming;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Hosting;

namespace EqualifyPdf.Workflow.Bench;

/// <summary>The silos the benchmark compares: the production composition on embedded Garnet, and memory storage.</summary>
internal static class BenchSilo
{
    /// <summary>
    /// The real silo (<c>AddEqualifySilo</c>): embedded Garnet with AOF and commit-wait, Redis clustering, storage and
    /// reminders, in a throw-away data folder on free ports.
    /// </summary>
    public static IHost EmbeddedGarnet(string root) => EmbeddedGarnet(root, FreePort());

    /// <inheritdoc cref="EmbeddedGarnet(string)"/>
    public static IHost EmbeddedGarnet(string root, int redisPort, LiveProgress progress = LiveProgress.On) =>
        RealSilo(root, redisPort, connectionString: null, progress);

    /// <summary>The real silo on an external Redis at <paramref name="redisPort"/> (the production shape).</summary>
    public static IHost ExternalRedis(string root, int redisPort, LiveProgress progress = LiveProgress.On) =>
        RealSilo(root, redisPort, $"127.0.0.1:{redisPort}", progress);

    /// <summary>
    /// The real silo with live progress on or off (see <see cref="NoProgressStore"/>), so the same run shows what live
    /// progress costs.
    /// </summary>
    private static IHost RealSilo(string root, int redisPort, string? connectionString, LiveProgress progress)
    {
        // The content root is the bench's own folder, as run.sh gives the silo its bin folder: the configuration's file
        // watcher then does not see the bench writing its data under the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        Quiet(builder.Logging);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = $"http://127.0.0.1:{FreePort()}",
            ["Redis:EmbeddedPort"] = redisPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Redis:EmbeddedDataPath"] = Path.Combine(root, "garnet"),
            ["Orleans:SiloPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:ClusterId"] = "bench-" + Guid.NewGuid().ToString("N"),
            ["BlobStorage:LocalRoot"] = Path.Combine(root, "blobs"),
            ["Workflow:OutboxFolder"] = Path.Combine(root, "outbox"),
            ["Redis:ConnectionString"] = connectionString,
        });
        builder.AddEqualifySilo();
        if (progress != LiveProgress.On)
        {
            builder.Services.AddSingleton<IJobProgressStore>(new NoProgressStore());
        }

        var app = builder.Build();
        app.MapEqualifySiloEndpoints();
        return app;
    }

    /// <summary>One silo on memory storage: the cost of the workflow itself, without persistence.</summary>
    public static IHost InMemory(string root)
    {
        var builder = Host.CreateApplicationBuilder();
        Quiet(builder.Logging);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BlobStorage:LocalRoot"] = Path.Combine(root, "blobs"),
            ["Workflow:OutboxFolder"] = Path.Combine(root, "outbox"),
        });
        builder.Services.AddEqualifyStorage(builder.Configuration);
        builder.Services.AddEqualifyWorkflow(builder.Configuration);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort());
            silo.AddMemoryGrainStorage(StorageNames.Jobs);
            silo.AddMemoryGrainStorage(StorageNames.Pages);
            silo.AddMemoryGrainStorage(StorageNames.Tokens);
            silo.UseInMemoryReminderService();
        });
        return builder.Build();
    }

    private static void Quiet(ILoggingBuilder logging)
    {
        logging.SetMinimumLevel(LogLevel.Warning);
        // Jobs that a submit+cancel round fails on purpose (no upload) would flood the console.
        logging.AddFilter("EqualifyPdf", LogLevel.Error);
        logging.AddFilter("Orleans", LogLevel.Error);
    }

    /// <summary>A free TCP port on loopback.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
