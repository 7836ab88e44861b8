using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace EqualifyPdf.Testing;

/// <summary>
/// npm's s3rver (installed by test.sh into tests/tools/node_modules) on 127.0.0.1, with its data in a folder that
/// outlives a stop, so it can be stopped and started again on the same port to play an S3 outage.
/// </summary>
internal sealed partial class S3rverProcess(string dataDir, IReadOnlyList<string> buckets) : IAsyncDisposable
{
    /// <summary>s3rver's built-in account (access key and secret); clients read it from the AWS environment variables.</summary>
    public const string Account = "S3RVER";

    private Process? _process;

    /// <summary>The port it listens on: chosen by the OS at the first start, kept for later ones.</summary>
    public int Port { get; private set; }

    public string ServiceUrl => $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Starts s3rver (creating <c>buckets</c> on the first start) and returns once it listens.</summary>
    public async Task StartAsync()
    {
        var script = Path.Combine(RepoRoot(), "tests", "tools", "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"s3rver is not installed at {script}; run ./test.sh (npm ci in tests/tools).");
        }

        Directory.CreateDirectory(dataDir);
        // s3rver signs its list continuation tokens with DES, which OpenSSL 3 keeps in its legacy provider.
        var log = Environment.GetEnvironmentVariable("S3RVER_LOG");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--openssl-legacy-provider", script, "-d", dataDir, "-a", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var bucket in buckets)
        {
            start.ArgumentList.Add("--configure-bucket");
            start.ArgumentList.Add(bucket);
        }

        if (log is null)
        {
            start.ArgumentList.Add("--silent");
        }

        _process = Process.Start(start)!;
        var errors = _process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                Port = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);

                // Keep draining, so a chatty server never blocks on a full pipe; S3RVER_LOG=path keeps its request log.
                var rest = _process.StandardOutput.ReadToEndAsync();
                if (log is not null)
                {
                    _ = Task.Run(async () => await File.AppendAllTextAsync(log, await rest + await errors));
                }

                return;
            }
        }

        throw new InvalidOperationException("s3rver exited before listening: " + await errors);
    }

    /// <summary>Kills s3rver; its data folder stays for a restart.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EqualifyPdf.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("EqualifyPdf.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"listening on [\d.]+:(\d+)")]
    private static partial Regex ListeningLine();
}
