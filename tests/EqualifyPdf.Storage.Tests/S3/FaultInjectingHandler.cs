using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace EqualifyPdf.Storage.Tests.S3;

/// <summary>
/// Sits between the S3 client and the network: records every request and, while <see cref="Fault"/> answers one,
/// returns that response instead of sending the request.
/// </summary>
public sealed class FaultInjectingHandler() : DelegatingHandler(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(1) })
{
    /// <summary>Returns a response to inject for a request, or null to send it on.</summary>
    public Func<HttpRequestMessage, HttpResponseMessage?>? Fault { get; set; }

    /// <summary>Requests for which this is true never get an answer: they wait until they are cancelled.</summary>
    public Func<HttpRequestMessage, bool>? Hang { get; set; }

    /// <summary>Released each time a request starts hanging.</summary>
    public SemaphoreSlim Hanging { get; } = new(0);

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static HttpResponseMessage S3Error(HttpStatusCode status, string code) => new(status)
    {
        Content = new StringContent(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>injected by the test</Message><RequestId>t</RequestId></Error>",
            Encoding.UTF8,
            "application/xml"),
    };

    public IReadOnlyList<RecordedRequest> Where(HttpMethod method) => Requests.Where(r => r.Method == method).ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var fault = Fault?.Invoke(request);
        Requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!, headers, Injected: fault is not null));
        if (fault is not null)
        {
            fault.RequestMessage = request;
            return fault;
        }

        if (Hang?.Invoke(request) == true)
        {
            Hanging.Release();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
