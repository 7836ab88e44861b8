using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace EqualifyPdf.System.Tests.Infrastructure;

/// <summary>
/// A real redis-server (Debian's, installed by test.sh) on a free loopback port: AOF every second, a password, data
/// in a temp folder. It can be paused (SIGSTOP) and resumed, as a stalled or failing-over Redis would behave.
/// </summary>
internal sealed class RedisServer : IDisposable
{
    public const string Executable = "/usr/bin/redis-server";
    private const string Password = "system-test-secret";
    private readonly string _folder = Directory.CreateTempSubdirectory("equalify-redis-").FullName;
    private Process _process;

    private RedisServer(int port)
    {
        Port = port;
        _process = Launch();
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)},password={Password}";

    public static bool IsInstalled => File.Exists(Executable);

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(FreePort.Next());
        try
        {
            await server.WaitListeningAsync();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Stops the server as an operator or a failover would (SIGTERM: it syncs its append-only file and exits), waits
    /// <paramref name="down"/>, and starts it again on the same port and data.
    /// </summary>
    public async Task RestartAsync(TimeSpan down)
    {
        await SignalAsync("TERM");
        await _process.WaitForExitAsync();
        _process.Dispose();
        await Task.Delay(down);
        _process = Launch();
        await WaitListeningAsync();
    }

    private Process Launch()
    {
        var process = Process.Start(new ProcessStartInfo(Executable,
        [
            "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _folder,
            "--appendonly", "yes", "--appendfsync", "everysec", "--save", "", "--requirepass", Password,
        ])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        })!;
        process.BeginOutputReadLine();
        return process;
    }

    private async Task WaitListeningAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("redis-server did not start listening within 20 s.");
    }

    public Task PauseAsync() => SignalAsync("STOP");

    public Task ResumeAsync() => SignalAsync("CONT");

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("bash", ["-c", $"kill -{signal} {_process.Id.ToString(CultureInfo.InvariantCulture)}"])!;
        await kill.WaitForExitAsync();
    }

    public void Dispose()
    {
        try
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
