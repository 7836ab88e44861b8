using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace EqualifyPdf.Cli.Tests.Infrastructure;

/// <summary>
/// A small Kestrel server on 127.0.0.1 for what the real client-api does not serve yet (the SSE route) or cannot be
/// made to do in-process (a 302 to S3). Each test maps its routes; every request's path and headers are recorded.
/// </summary>
internal sealed class FakeService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeService(WebApplication app) => _app = app;

    /// <summary>Requests seen: path and query, and the headers the test asks about.</summary>
    public ConcurrentQueue<(string Path, IHeaderDictionary Headers)> Requests { get; } = new();

    /// <summary>The base URL to pass as <c>--server</c>.</summary>
    public string Url => _app.Urls.First();

    /// <summary>Starts a server with the routes <paramref name="map"/> adds.</summary>
    public static async Task<FakeService> StartAsync(Action<IEndpointRouteBuilder> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeService(app);
        app.Use(async (context, next) =>
        {
            fake.Requests.Enqueue((context.Request.Path + context.Request.QueryString, new HeaderDictionary(
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase))));
            await next(context);
        });
        map(app);
        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
