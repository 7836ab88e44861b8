using System.Diagnostics;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace EqualifyPdf.Storage.Tests.S3;

/// <summary>
/// Runs npm's s3rver (installed by test.sh into tests/tools/node_modules) on a free 127.0.0.1 port for the S3
/// tests, with its data in a temp folder; it can be stopped and restarted on the same port to simulate an outage.
/// </summary>
public sealed partial class S3rverFixture : IAsyncLifetime
{
    /// <summary>s3rver's built-in account; the store reads it from the environment like any AWS credentials.</summary>
    public const string AccessKey = "S3RVER";

    public const string Region = "us-east-1";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "eqpdf-s3rver-" + Guid.NewGuid().ToString("N"));
    private Process? _process;
    private int _port;

    public string ServiceUrl => $"http://127.0.0.1:{_port}";

    /// <summary>A client without faults or resilience, for arranging and inspecting buckets.</summary>
    public AmazonS3Client Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The store takes credentials from the standard AWS chain; the environment is its first link.
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", AccessKey);
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", AccessKey);
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        Directory.CreateDirectory(_dataDir);
        await StartAsync();
        Admin = new AmazonS3Client(
            new BasicAWSCredentials(AccessKey, AccessKey),
            new AmazonS3Config { ServiceURL = ServiceUrl, ForcePathStyle = true, AuthenticationRegion = Region });
    }

    public async Task DisposeAsync()
    {
        Admin?.Dispose();
        await StopAsync();
        Directory.Delete(_dataDir, recursive: true);
    }

    /// <summary>Creates a fresh temp/results bucket pair, so each test starts from empty buckets.</summary>
    public async Task<(string Temp, string Results)> CreateBucketsAsync()
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var buckets = ($"temp-{id}", $"results-{id}");
        await Admin.PutBucketAsync(new PutBucketRequest { BucketName = buckets.Item1 });
        await Admin.PutBucketAsync(new PutBucketRequest { BucketName = buckets.Item2 });
        return buckets;
    }

    /// <summary>Starts s3rver: on a port the OS picks the first time, on the same port after a stop.</summary>
    public async Task StartAsync()
    {
        var script = Path.Combine(RepoRoot(), "tests", "tools", "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"s3rver is not installed at {script}; run ./test.sh (npm ci in tests/tools).");
        }

        // s3rver signs its list continuation tokens with DES, which OpenSSL 3 keeps in its legacy provider.
        var log = Environment.GetEnvironmentVariable("S3RVER_LOG");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--openssl-legacy-provider", script, "-d", _dataDir, "-a", "127.0.0.1", "-p", _port.ToString() })
        {
            start.ArgumentList.Add(arg);
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
                _port = int.Parse(match.Groups[1].Value);

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
