using Garnet;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Silo.Redis;

/// <summary>
/// Runs an in-process Garnet server with a durable append-only file. It is registered before Orleans, so the host
/// starts it before the silo connects and — hosted services stop in reverse order — disposes it only after the silo
/// has stopped and written its last state.
/// </summary>
public sealed class EmbeddedGarnetService(IOptions<RedisSettings> settings, ILoggerFactory loggerFactory, ILogger<EmbeddedGarnetService> logger)
    : IHostedService, IDisposable
{
    private readonly Lock _gate = new();
    private GarnetServer? _server;

    /// <summary>The command line handed to Garnet (exposed for the durability benchmark and the README).</summary>
    public static string[] BuildArguments(RedisSettings settings)
    {
        var data = Path.GetFullPath(settings.EmbeddedDataPath);
        var arguments = new List<string>
        {
            "--port", settings.EmbeddedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--bind", "127.0.0.1",
            "--aof",
            "--aof-commit-freq", settings.EmbeddedCommitFrequencyMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--lua",
            // Without it Garnet runs scripts of different connections interleaved: two silos' etag-checked state
            // writes (Orleans' compare-and-set script) could both succeed, and progress appends could mix.
            "--lua-transaction-mode",
            "--storage-tier",
            "--device-type", "RandomAccess",
            "--checkpointdir", Path.Combine(data, "checkpoints"),
            "--logdir", Path.Combine(data, "log"),
            "--recover",
            "--index", "16m",
            "--memory", "256m",
        };
        if (settings.EmbeddedCommitWait)
        {
            // Reply only once the commit is on disk: an acknowledged grain write survives kill -9.
            arguments.AddRange(["--aof-commit-wait", "true"]);
        }

        return [.. arguments];
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var current = settings.Value;
        if (!current.UsesEmbeddedGarnet)
        {
            return Task.CompletedTask;
        }

        lock (_gate)
        {
            if (_server is not null)
            {
                return Task.CompletedTask;
            }

            Directory.CreateDirectory(Path.GetFullPath(current.EmbeddedDataPath));
            var server = new GarnetServer(BuildArguments(current), new MinimumLevelLoggerFactory(loggerFactory, current.EmbeddedLogLevel));
            server.Start();
            _server = server;
        }

        logger.LogInformation("Embedded Garnet listening on 127.0.0.1:{Port}, data in {Path}", current.EmbeddedPort, current.EmbeddedDataPath);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Stops Garnet once; later calls do nothing.</summary>
    public void Dispose()
    {
        GarnetServer? server;
        lock (_gate)
        {
            server = _server;
            _server = null;
        }

        server?.Dispose();
    }
}
