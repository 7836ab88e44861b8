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
    private readonly Process _process;
    private readonly string _folder = Directory.CreateTempSubdirectory("equalify-redis-").FullName;

    private RedisServer(int port)
    {
        Port = port;
        _process = Process.Start(new ProcessStartInfo(Executable,
        [
            "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _folder,
            "--appendonly", "yes", "--appendfsync", "everysec", "--save", "", "--requirepass", Password,
        ])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        })!;
        _process.BeginOutputReadLine();
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)},password={Password}";

    public static bool IsInstalled => File.Exists(Executable);

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(FreePort.Next());
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", server.Port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        server.Dispose();
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
