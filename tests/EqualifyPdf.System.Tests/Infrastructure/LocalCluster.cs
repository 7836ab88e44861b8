using System.Globalization;

namespace EqualifyPdf.System.Tests.Infrastructure;

/// <summary>
/// A silo (with its embedded Garnet) and a client-api started as real processes from the built dlls, sharing a temp
/// data folder. The silo can be killed with SIGKILL and started again on the same ports and data.
/// </summary>
internal sealed class LocalCluster : IDisposable
{
    private readonly Dictionary<string, string> _siloEnvironment;
    private readonly Dictionary<string, string> _apiEnvironment;
    private HostProcess? _silo;
    private HostProcess? _api;
    private HostProcess? _second;
    private int _siloStarts;

    /// <param name="siloSettings">Extra silo settings.</param>
    /// <param name="redisConnectionString">An external Redis for silo and API; null = the silo's embedded Garnet.</param>
    public LocalCluster(IReadOnlyDictionary<string, string>? siloSettings = null, string? redisConnectionString = null)
    {
        Root = Directory.CreateTempSubdirectory("equalify-system-").FullName;
        var garnetPort = Port();
        var clusterId = "system-" + Guid.NewGuid().ToString("N")[..8];
        ApiUrl = new Uri($"http://127.0.0.1:{Port()}");
        SiloUrl = new Uri($"http://127.0.0.1:{Port()}");
        var shared = new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Redis__ConnectionString"] = redisConnectionString ?? "",
            ["Redis__EmbeddedPort"] = garnetPort,
            ["Orleans__ClusterId"] = clusterId,
            ["Orleans__ServiceId"] = clusterId,
            ["BlobStorage__LocalRoot"] = Path.Combine(Root, "blobs"),
        };
        _apiEnvironment = new Dictionary<string, string>(shared) { ["Urls"] = ApiUrl.ToString().TrimEnd('/') };
        _siloEnvironment = new Dictionary<string, string>(shared)
        {
            ["Urls"] = SiloUrl.ToString().TrimEnd('/'),
            ["Redis__EmbeddedDataPath"] = Path.Combine(Root, "garnet"),
            ["Orleans__SiloPort"] = Port(),
            ["Orleans__GatewayPort"] = Port(),
            ["Orleans__AdvertisedIP"] = "127.0.0.1",
            ["Orleans__MinimumReminderPeriod"] = "00:00:01",
            ["Workflow__KeepAlivePeriod"] = "00:00:02",
            ["Workflow__OutboxFolder"] = OutboxFolder,
            ["Workflow__PublicBaseUrl"] = ApiUrl.ToString().TrimEnd('/'),
        };
        foreach (var (key, value) in siloSettings ?? new Dictionary<string, string>())
        {
            _siloEnvironment[key] = value;
        }

        Api = new HttpClient { BaseAddress = ApiUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string Root { get; }

    public string OutboxFolder => Path.Combine(Root, "outbox");

    public Uri ApiUrl { get; }

    public Uri SiloUrl { get; }

    public HttpClient Api { get; }

    public async Task StartAsync()
    {
        await StartSiloAsync();
        _api = HostProcess.Start("dotnet", [Path.Combine(RepoPaths.ApiBin, "EqualifyPdf.ClientApi.dll"), "--contentRoot", RepoPaths.ApiBin],
            _apiEnvironment, Root, Path.Combine(Root, "client-api.log"));
        await HttpPolling.WaitHealthyAsync(Api, TimeSpan.FromSeconds(60), _api);
    }

    public async Task StartSiloAsync()
    {
        _siloStarts++;
        _silo = HostProcess.Start("dotnet", [Path.Combine(RepoPaths.SiloBin, "EqualifyPdf.Silo.dll"), "--contentRoot", RepoPaths.SiloBin],
            _siloEnvironment, Root, Path.Combine(Root, $"silo-{_siloStarts}.log"));
        using var silo = new HttpClient { BaseAddress = SiloUrl };
        await HttpPolling.WaitHealthyAsync(silo, TimeSpan.FromSeconds(90), _silo);
    }

    /// <summary>
    /// Starts another silo on its own ports that uses the first silo's Garnet as an external Redis — the
    /// production shape of several silos sharing one Redis.
    /// </summary>
    public async Task<Uri> StartSecondSiloAsync()
    {
        var url = new Uri($"http://127.0.0.1:{Port()}");
        var environment = new Dictionary<string, string>(_siloEnvironment)
        {
            ["Urls"] = url.ToString().TrimEnd('/'),
            ["Redis__ConnectionString"] = $"127.0.0.1:{_siloEnvironment["Redis__EmbeddedPort"]}",
            ["Orleans__SiloPort"] = Port(),
            ["Orleans__GatewayPort"] = Port(),
        };
        _second = HostProcess.Start("dotnet", [Path.Combine(RepoPaths.SiloBin, "EqualifyPdf.Silo.dll"), "--contentRoot", RepoPaths.SiloBin],
            environment, Root, Path.Combine(Root, "silo-second.log"));
        using var silo = new HttpClient { BaseAddress = url };
        await HttpPolling.WaitHealthyAsync(silo, TimeSpan.FromSeconds(90), _second);
        return url;
    }

    /// <summary>Process id of the running (first) silo.</summary>
    public int SiloProcessId => _silo?.Id ?? 0;

    /// <summary>Peak resident memory (VmHWM) of the running silo plus the API process, in MB.</summary>
    public double PeakRssMb() => new[] { _silo, _api }.Where(p => p is { HasExited: false }).Sum(p => PeakRssMb(p!.Id));

    private static double PeakRssMb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], global::System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>kill -9 the silo — and with it the embedded Garnet it hosts.</summary>
    public void KillSilo() => _silo?.Kill9();

    public string Logs() =>
        string.Join("\n----\n", Directory.EnumerateFiles(Root, "*.log").Select(f => f + ":\n" + TailOf(f)));

    public void Dispose()
    {
        Api.Dispose();
        _api?.Dispose();
        _second?.Dispose();
        _silo?.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS temp cleaner
        }
    }

    private static string TailOf(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var text = new StreamReader(stream).ReadToEnd();
        return text.Length > 4000 ? text[^4000..] : text;
    }

    private static string Port() => FreePort.Next().ToString(CultureInfo.InvariantCulture);
}
