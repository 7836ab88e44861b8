using EqualifyPdf.Silo.Redis;
using EqualifyPdf.Workflow.Naming;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Hosting;
using StackExchange.Redis;

namespace EqualifyPdf.Workflow.Tests.Infrastructure;

/// <summary>
/// Where the grain tests keep grain state and reminders, chosen by <c>EQUALIFY_TEST_REDIS</c>: unset = memory (fast,
/// the default while developing); <c>garnet</c> = an embedded Garnet started here, as <c>./run.sh</c> runs it; anything
/// else = a StackExchange.Redis connection string (test.sh passes a password-protected redis-server).
/// </summary>
public sealed class GrainStorageBackend : IDisposable
{
    public const string Variable = "EQUALIFY_TEST_REDIS";

    private readonly EmbeddedGarnetService? _garnet;
    private readonly string? _garnetData;

    private GrainStorageBackend(string? connectionString, EmbeddedGarnetService? garnet, string? garnetData)
    {
        ConnectionString = connectionString;
        _garnet = garnet;
        _garnetData = garnetData;
    }

    /// <summary>Null for memory storage.</summary>
    public string? ConnectionString { get; }

    public string Name => ConnectionString is null ? "memory" : _garnet is null ? "redis-server" : "embedded Garnet";

    public static async Task<GrainStorageBackend> StartAsync()
    {
        var setting = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(setting))
        {
            return new GrainStorageBackend(null, null, null);
        }

        if (!string.Equals(setting, "garnet", StringComparison.OrdinalIgnoreCase))
        {
            return new GrainStorageBackend(setting, null, null);
        }

        return await StartEmbeddedGarnetAsync();
    }

    /// <summary>An embedded Garnet as the silo runs it, in a throw-away folder (whatever <see cref="Variable"/> says).</summary>
    public static async Task<GrainStorageBackend> StartEmbeddedGarnetAsync()
    {
        var data = Path.Combine(Path.GetTempPath(), "eqpdf-wf-garnet-" + Guid.NewGuid().ToString("N"));
        var settings = new RedisSettings { EmbeddedPort = FreePort(), EmbeddedDataPath = data };
        var garnet = new EmbeddedGarnetService(Options.Create(settings), NullLoggerFactory.Instance, NullLogger<EmbeddedGarnetService>.Instance);
        await garnet.StartAsync(CancellationToken.None);
        return new GrainStorageBackend(settings.EffectiveConnectionString, garnet, data);
    }

    /// <summary>Registers the grain storages (the job's under <paramref name="jobStorageName"/>, to be wrapped) and reminders.</summary>
    public void Configure(ISiloBuilder silo, string jobStorageName)
    {
        if (ConnectionString is null)
        {
            silo.AddMemoryGrainStorage(jobStorageName);
            silo.AddMemoryGrainStorage(StorageNames.Pages);
            silo.AddMemoryGrainStorage(StorageNames.Tokens);
            silo.UseInMemoryReminderService();
            return;
        }

        var redis = ConfigurationOptions.Parse(ConnectionString);
        foreach (var name in new[] { jobStorageName, StorageNames.Pages, StorageNames.Tokens })
        {
            silo.AddRedisGrainStorage(name, o => o.ConfigurationOptions = redis.Clone());
        }

        silo.UseRedisReminderService(o => o.ConfigurationOptions = redis.Clone());
    }

    public void Dispose()
    {
        _garnet?.Dispose();
        if (_garnetData is not null && Directory.Exists(_garnetData))
        {
            Directory.Delete(_garnetData, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
