using System.Diagnostics;

namespace EqualifyPdf.Workflow.Bench;

/// <summary>
/// A throw-away <c>redis-server</c> (fsync on every write, like the embedded Garnet's commit-wait), so the bench can
/// also measure an external Redis and count the commands each job costs (Garnet does not report that count).
/// </summary>
internal sealed class RedisServerProcess : IDisposable
{
    private readonly Process _process;

    private RedisServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The loopback port it listens on.</summary>
    public int Port { get; }

    /// <summary>Starts one in <paramref name="folder"/>, or returns null when redis-server is not installed.</summary>
    public static RedisServerProcess? TryStart(string folder)
    {
        const string executable = "/usr/bin/redis-server";
        if (!File.Exists(executable))
        {
            return null;
        }

        Directory.CreateDirectory(folder);
        var port = BenchSilo.FreePort();
        var process = Process.Start(new ProcessStartInfo(executable)
        {
            ArgumentList = { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", folder, "--save", "", "--appendonly", "yes", "--appendfsync", "always" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        process.BeginOutputReadLine();
        Thread.Sleep(500);
        return new RedisServerProcess(process, port);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
    }
}
