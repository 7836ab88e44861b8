using System.Net;
using System.Text;

namespace EqualifyPdf.Infra.Tests.Images;

/// <summary>
/// Stands in for the ECS task metadata endpoint v4 on 127.0.0.1: answers every GET with the given container metadata
/// JSON, as ECS does at <c>$ECS_CONTAINER_METADATA_URI_V4</c>.
/// </summary>
internal sealed class FakeTaskMetadataEndpoint : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string body;
    private readonly Task serving;

    public FakeTaskMetadataEndpoint(string body)
    {
        this.body = body;
        var port = FreePort();
        Uri = new Uri($"http://127.0.0.1:{port}/v4/container-id");
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public Uri Uri { get; }

    public void Dispose()
    {
        // Close alone: after Stop, the managed listener's Close binds the port again to remove its prefixes, and fails
        // when another process has taken the port meanwhile.
        listener.Close();
        _ = serving.Exception;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
