// EqualifyPdf.Web.Tests: the pages in a real Chromium, against the real client-api on Kestrel over a real silo.
extern alias silo;

using System.Globalization;
using EqualifyPdf.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using silo::EqualifyPdf.Silo.Extensions;

namespace EqualifyPdf.Web.Tests.Infrastructure;

/// <summary>
/// One cluster (the production silo composition on an embedded Garnet), one client-api on a loopback Kestrel port
/// and one headless Debian Chromium (never a downloaded browser) for the whole collection.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    private WebApplication? _silo;
    private Dictionary<string, string?> _clientSettings = [];
    private IPlaywright? _playwright;

    /// <summary>Everything this cluster writes lives under here.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("equalify-web-tests-").FullName;

    /// <summary>How long a review link stays valid here: long enough for a flow, short enough to watch one expire.</summary>
    public static TimeSpan ApprovalTimeout { get; } = TimeSpan.FromSeconds(25);

    /// <summary>The notification pickup folder.</summary>
    public string OutboxFolder => Path.Combine(Root, "outbox");

    /// <summary>Where screenshots go: the test output folder, never the source tree.</summary>
    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>The app under test.</summary>
    public WebAppFactory App { get; private set; } = null!;

    /// <summary>The app's address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>What the operator page lists.</summary>
    public InMemoryJobIndex JobIndex { get; } = new();

    /// <summary>The shared browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>An HTTP client for the API, at <see cref="BaseUrl"/>.</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var clusterId = "web-tests-" + Guid.NewGuid().ToString("N")[..8];
        var apiPort = FreePort.Next();
        var clientSettings = new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = "",
            ["Redis:EmbeddedPort"] = Port(),
            ["Orleans:ClusterId"] = clusterId,
            ["Orleans:ServiceId"] = clusterId,
            ["BlobStorage:LocalRoot"] = Path.Combine(Root, "blobs"),
        };
        var siloSettings = new Dictionary<string, string?>(clientSettings)
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Redis:EmbeddedDataPath"] = Path.Combine(Root, "garnet"),
            ["Orleans:SiloPort"] = Port(),
            ["Orleans:GatewayPort"] = Port(),
            ["Orleans:AdvertisedIP"] = "127.0.0.1",
            ["Orleans:MinimumReminderPeriod"] = "00:00:01",
            ["Workflow:KeepAlivePeriod"] = "00:00:02",
            ["Workflow:ApprovalTimeout"] = ApprovalTimeout.ToString(),
            ["Workflow:OutboxFolder"] = OutboxFolder,
            // Review links point at the app under test, as Workflow:PublicBaseUrl does in production.
            ["Workflow:PublicBaseUrl"] = $"http://127.0.0.1:{apiPort}",
        };

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = Root });
        builder.Configuration.AddInMemoryCollection(siloSettings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddEqualifySilo();
        _silo = builder.Build();
        _silo.MapEqualifySiloEndpoints();
        await _silo.StartAsync();

        _clientSettings = new Dictionary<string, string?>(clientSettings);
        clientSettings["Urls"] = $"http://127.0.0.1:{apiPort}";
        App = new WebAppFactory(clientSettings, JobIndex);
        App.UseKestrel(apiPort);
        App.StartServer();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        Http = new HttpClient { BaseAddress = BaseUrl };

        Directory.CreateDirectory(ScreenshotFolder);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // Chromium's sandbox needs user namespaces, which a root CI container does not have.
            Args = Environment.UserName == "root" ? ["--no-sandbox"] : [],
        });
    }

    /// <summary>A second client-api on the same cluster, on its own Kestrel port, with <paramref name="overrides"/>
    /// (API keys, limits). The caller disposes it.</summary>
    public ExtraApp StartApp(IReadOnlyDictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?>(_clientSettings);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var port = FreePort.Next();
        settings["Urls"] = $"http://127.0.0.1:{port}";
        var app = new WebAppFactory(settings, JobIndex);
        app.UseKestrel(port);
        app.StartServer();
        return new ExtraApp(app, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>A fresh browser context (own cookies) and page at the app (or at <paramref name="baseUrl"/>).</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null, Uri? baseUrl = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = (baseUrl ?? BaseUrl).ToString();
        options.AcceptDownloads = true;
        // The result preview is served with a CSP that forbids scripts (checked by the API tests); axe, injected into
        // every frame, would wait there forever. So axe's contexts bypass the CSPs; a test that checks the pages under
        // their own CSP asks for BypassCSP = false.
        options.BypassCSP ??= true;
        var context = await Browser.NewContextAsync(options);
        return await context.NewPageAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        Http?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

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

    private static string Port() => FreePort.Next().ToString(CultureInfo.InvariantCulture);
}
