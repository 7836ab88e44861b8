using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace EqualifyPdf.Workflow.Tests.Infrastructure;

/// <summary>
/// npm's smtp-server (installed by test.sh into tests/tools/node_modules) behind <c>tests/tools/smtp-sink.mjs</c>, on
/// a free 127.0.0.1 port: every message it accepts lands in a folder, read back by <see cref="WaitForMessageAsync"/>.
/// </summary>
internal sealed class SmtpSink : IDisposable
{
    public const string User = "equalify-mailer";
    public const string Password = "smtp-test-secret";

    private readonly string _folder = Directory.CreateTempSubdirectory("equalify-smtp-").FullName;
    private Process? _process;

    private SmtpSink(int port) => Port = port;

    public int Port { get; }

    /// <summary>A port with nothing listening yet; <see cref="StartAsync"/> starts the server on it later.</summary>
    public static SmtpSink Reserve()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new SmtpSink(((IPEndPoint)listener.LocalEndpoint).Port);
    }

    public static async Task<SmtpSink> StartNewAsync()
    {
        var sink = Reserve();
        await sink.StartAsync();
        return sink;
    }

    public async Task StartAsync()
    {
        var script = Path.Combine(RepoRoot(), "tests", "tools", "smtp-sink.mjs");
        if (!File.Exists(Path.Combine(RepoRoot(), "tests", "tools", "node_modules", "smtp-server", "package.json")))
        {
            throw new InvalidOperationException("smtp-server is not installed in tests/tools; run ./test.sh (npm ci in tests/tools).");
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { script, Port.ToString(System.Globalization.CultureInfo.InvariantCulture), _folder, User, Password })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        var ready = await _process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
        if (ready?.StartsWith("listening", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"smtp-sink did not start: {ready} {await _process.StandardError.ReadToEndAsync()}");
        }
    }

    /// <summary>The first message whose raw text contains <paramref name="marker"/>: its envelope and raw MIME text.</summary>
    public async Task<(JsonElement Envelope, string Raw)> WaitForMessageAsync(string marker, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var file in Directory.EnumerateFiles(_folder, "*.eml"))
            {
                var text = await File.ReadAllTextAsync(file);
                var newline = text.IndexOf('\n', StringComparison.Ordinal);
                if (text.Contains(marker, StringComparison.Ordinal))
                {
                    using var envelope = JsonDocument.Parse(text[..newline]);
                    return (envelope.RootElement.Clone(), text[(newline + 1)..]);
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No message containing {marker} reached the SMTP server.");
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EqualifyPdf.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
