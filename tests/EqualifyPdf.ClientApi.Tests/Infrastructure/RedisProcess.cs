using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace EqualifyPdf.ClientApi.Tests.Infrastructure;

/// <summary>A throw-away redis-server (Debian's, installed by test.sh) on a free loopback port, without persistence.</summary>
internal sealed class RedisProcess : IDisposable
{
    private readonly Process _process;

    private RedisProcess(int port)
    {
        Port = port;
        _process = Process.Start(new ProcessStartInfo("/usr/bin/redis-server",
            ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        })!;
        _process.BeginOutputReadLine();
    }

    public int Port { get; }

    public static async Task<RedisProcess> StartAsync()
    {
        var server = new RedisProcess(FreePort.Next());
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

    /// <summary>Kills the server, as a crashed Redis would vanish.</summary>
    public void Stop()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }
}
