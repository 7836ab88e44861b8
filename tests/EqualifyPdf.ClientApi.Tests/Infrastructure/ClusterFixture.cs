// EqualifyPdf.ClientApi.Tests: the HTTP API through the real ASP.NET pipeline, backed by a real silo on an embedded Garnet.
extern alias silo;

using silo::EqualifyPdf.Silo.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace EqualifyPdf.ClientApi.Tests.Infrastructure;

/// <summary>
/// One real cluster per test collection: the production silo composition (<c>AddEqualifySilo</c>) with its embedded
/// Garnet on free ports in a temp folder, and a client-api factory pointed at it through configuration.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private WebApplication? _silo;

    /// <summary>Everything this cluster writes lives under here.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("equalify-api-tests-").FullName;

    /// <summary>How long a review link stays valid in this cluster.</summary>
    public static TimeSpan ApprovalTimeout { get; } = TimeSpan.FromSeconds(20);

    /// <summary>The shared blob store root.</summary>
    public string BlobRoot => Path.Combine(Root, "blobs");

    /// <summary>The notification pickup folder.</summary>
    public string OutboxFolder => Path.Combine(Root, "outbox");

    /// <summary>The silo's HTTP address (dashboard, /health, /metrics).</summary>
    public Uri SiloHttp { get; private set; } = null!;

    /// <summary>The silo's services (e.g. to run the job-index rebuild).</summary>
    public IServiceProvider SiloServices => _silo!.Services;

    /// <summary>The client-api under test, bound to this cluster.</summary>
    public ClientApiFactory Api { get; private set; } = null!;

    /// <summary>Keys that point a client-api at this cluster.</summary>
    public Dictionary<string, string?> ClientSettings { get; private set; } = [];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var clusterId = "api-tests-" + Guid.NewGuid().ToString("N")[..8];
        var garnetPort = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
        ClientSettings = new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = "",
            ["Redis:EmbeddedPort"] = garnetPort,
            ["Orleans:ClusterId"] = clusterId,
            ["Orleans:ServiceId"] = clusterId,
            ["BlobStorage:LocalRoot"] = BlobRoot,
        };
        var siloSettings = new Dictionary<string, string?>(ClientSettings)
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Redis:EmbeddedDataPath"] = Path.Combine(Root, "garnet"),
            ["Orleans:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:AdvertisedIP"] = "127.0.0.1",
            ["Orleans:MinimumReminderPeriod"] = "00:00:01",
            ["Workflow:KeepAlivePeriod"] = "00:00:02",
            ["Workflow:ApprovalTimeout"] = ApprovalTimeout.ToString(),
            ["Workflow:PageRetryBaseDelay"] = "00:00:00.050",
            ["Workflow:OutboxFolder"] = OutboxFolder,
            ["Workflow:PublicBaseUrl"] = "http://localhost",
        };

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = Root });
        builder.Configuration.AddInMemoryCollection(siloSettings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddEqualifySilo();
        _silo = builder.Build();
        _silo.MapEqualifySiloEndpoints();
        await _silo.StartAsync();
        SiloHttp = new Uri(_silo.Urls.First());

        Api = new ClientApiFactory(ClientSettings);
        _ = Api.Server; // start the client now so the first test does not pay for it
    }

    /// <summary>A second client-api on the same cluster with extra settings (e.g. a small upload limit).</summary>
    public ClientApiFactory CreateApi(IReadOnlyDictionary<string, string?> overrides, bool traceAspNetCore = false)
    {
        var settings = new Dictionary<string, string?>(ClientSettings);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return new ClientApiFactory(settings, traceAspNetCore);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        if (_silo is not null)
        {
            await _silo.StopAsync();
            await _silo.DisposeAsync();
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing background write; the OS temp cleaner gets it.
        }
    }
}
