extern alias silo;

using System.Globalization;
using System.Net;
using System.Net.Sockets;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using silo::EqualifyPdf.Silo.Extensions;

namespace EqualifyPdf.Cli.InProcess;

/// <summary>
/// The production silo composition (<c>AddEqualifySilo</c>: embedded Garnet with its append-only file, local blob
/// store, document worker processes, the workflow grains) started inside the CLI on free loopback ports, with its data
/// under one folder. Only the approval notifier differs: see <see cref="CapturedApprovals"/>.
/// </summary>
internal sealed class LocalSilo : IAsyncDisposable
{
    private readonly WebApplication _host;
    private readonly TextWriter _stdout;

    private LocalSilo(WebApplication host, CapturedApprovals approvals, TextWriter stdout)
    {
        _host = host;
        Approvals = approvals;
        _stdout = stdout;
    }

    /// <summary>Grain references for the jobs.</summary>
    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's blob store (uploads in, results out).</summary>
    public IBlobStore Blobs => _host.Services.GetRequiredService<IBlobStore>();

    /// <summary>Review tokens as jobs ask for review.</summary>
    public CapturedApprovals Approvals { get; }

    /// <summary>Starts a silo whose state lives under <paramref name="dataFolder"/>; logs at <paramref name="logLevel"/> and above go to stderr.</summary>
    public static async Task<LocalSilo> StartAsync(string dataFolder, LogLevel logLevel, CancellationToken cancellationToken)
    {
        var clusterId = "equalify-cli-" + Guid.NewGuid().ToString("N")[..8];
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Redis:ConnectionString"] = "",
            ["Redis:EmbeddedPort"] = FreePort(),
            ["Redis:EmbeddedDataPath"] = Path.Combine(dataFolder, "garnet"),
            ["Orleans:ClusterId"] = clusterId,
            ["Orleans:ServiceId"] = clusterId,
            ["Orleans:SiloPort"] = FreePort(),
            ["Orleans:GatewayPort"] = FreePort(),
            ["Orleans:AdvertisedIP"] = "127.0.0.1",
            ["BlobStorage:Provider"] = "local",
            ["BlobStorage:LocalRoot"] = Path.Combine(dataFolder, "blobs"),
            ["Workflow:PublicBaseUrl"] = "http://127.0.0.1",
            ["Workflow:OutboxFolder"] = Path.Combine(dataFolder, "outbox"),
        };

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = dataFolder, Args = [] });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(logLevel);
        var approvals = new CapturedApprovals();
        builder.Services.AddSingleton<IApprovalNotifier>(approvals);
        builder.AddEqualifySilo();
        var host = builder.Build();
        // Garnet prints a banner to the console: while the silo runs, console output goes to stderr so stdout holds
        // only the CLI's own lines (which hold their writer already).
        var stdout = Console.Out;
        Console.SetOut(Console.Error);
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch
        {
            Console.SetOut(stdout);
            await host.DisposeAsync();
            throw;
        }

        return new LocalSilo(host, approvals, stdout);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _host.StopAsync(timeout.Token);
            await _host.DisposeAsync();
        }
        finally
        {
            Console.SetOut(_stdout);
        }
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
    }
}
