using System.Net.Http.Headers;
using System.Net.Http.Json;
using EqualifyPdf.Cli.Hosting;

namespace EqualifyPdf.Cli.Service;

/// <summary>
/// The CLI's side of the HTTP API: one method per route, errors thrown as <see cref="ServiceException"/> with the
/// one line from the problem details. <c>EQUALIFY_API_KEY</c> goes as <c>X-API-Key</c> to the service only, never
/// along a redirect to another host (a presigned S3 URL carries its own authorisation).
/// </summary>
internal sealed class EqualifyClient : IDisposable
{
    /// <summary>The variable holding the API key.</summary>
    public const string ApiKeyVariable = "EQUALIFY_API_KEY";

    private const string ApiKeyHeader = "X-API-Key";

    private readonly HttpClient _http;
    private readonly string? _apiKey;

    public EqualifyClient(Uri server, CliEnvironment env)
    {
        _http = new HttpClient(env.CreateHttpHandler()) { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan };
        _apiKey = env.GetVariable(ApiKeyVariable) is { Length: > 0 } key ? key : null;
        Server = server;
    }

    /// <summary>The service's base address.</summary>
    public Uri Server { get; }

    /// <summary><c>POST /api/v1/documents/submit</c>, streaming the file as multipart field <c>file</c>.</summary>
    public async Task<SubmitView> SubmitAsync(string path, string? title, string? language, string? reviewMode, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        using var form = new MultipartFormDataContent();
        var part = new StreamContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "file", Path.GetFileName(path));
        AddField(form, "title", title);
        AddField(form, "language", language);
        AddField(form, "review_mode", reviewMode);
        using var request = Request(HttpMethod.Post, "api/v1/documents/submit");
        request.Content = form;
        return await SendAsync<SubmitView>(request, cancellationToken);
    }

    /// <summary><c>GET /api/v1/documents/{id}</c>.</summary>
    public async Task<JobView> GetJobAsync(string jobId, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, $"api/v1/documents/{Uri.EscapeDataString(jobId)}");
        return await SendAsync<JobView>(request, cancellationToken);
    }

    /// <summary><c>GET /api/v1/approval/{token}/review</c>.</summary>
    public async Task<ReviewView> GetReviewAsync(string token, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, $"api/v1/approval/{Uri.EscapeDataString(token)}/review");
        return await SendAsync<ReviewView>(request, cancellationToken);
    }

    /// <summary><c>POST /api/v1/approval/{token}/decision</c> with <c>approved</c> or <c>denied</c>.</summary>
    public async Task<JobView> DecideAsync(string token, string decision, string justification, string reviewedBy, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, $"api/v1/approval/{Uri.EscapeDataString(token)}/decision");
        request.Content = JsonContent.Create(new { decision, justification, reviewed_by = reviewedBy });
        return await SendAsync<JobView>(request, cancellationToken);
    }

    /// <summary>
    /// <c>GET /api/v1/documents/{id}/result?format=…</c>: the open answer whose body is the result, after following
    /// one redirect (S3) without the API key. The caller disposes it.
    /// </summary>
    public async Task<HttpResponseMessage> OpenResultAsync(string jobId, string format, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, $"api/v1/documents/{Uri.EscapeDataString(jobId)}/result?format={Uri.EscapeDataString(format)}");
        var response = await SendRawAsync(request, cancellationToken);
        if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
        {
            response.Dispose();
            var target = location.IsAbsoluteUri ? location : new Uri(Server, location);
            using var redirected = new HttpRequestMessage(HttpMethod.Get, target);
            if (target.Authority == Server.Authority)
            {
                AddApiKey(redirected);
            }

            response = await SendRawAsync(redirected, cancellationToken);
        }

        await EnsureSuccessAsync(response, cancellationToken);
        return response;
    }

    /// <summary><c>GET /api/v1/documents/{id}/events</c> as <c>text/event-stream</c>, resuming after <paramref name="lastEventId"/>.</summary>
    public async Task<HttpResponseMessage> OpenEventsAsync(string jobId, string? lastEventId, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, $"api/v1/documents/{Uri.EscapeDataString(jobId)}/events");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is not null)
        {
            request.Headers.TryAddWithoutValidation("Last-Event-ID", lastEventId);
        }

        var response = await SendRawAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return response;
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        AddApiKey(request);
        return request;
    }

    private void AddApiKey(HttpRequestMessage request)
    {
        if (_apiKey is not null)
        {
            request.Headers.TryAddWithoutValidation(ApiKeyHeader, _apiKey);
        }
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(WireJson.Options, cancellationToken)
            ?? throw new ServiceException($"{(int)response.StatusCode}: the service answered with an empty body.");
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new ServiceException($"cannot reach {Server.GetLeftPart(UriPartial.Authority)}: {e.Message}");
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var error = await ProblemLine.ReadAsync(response, cancellationToken);
            response.Dispose();
            throw error;
        }
    }

    private static void AddField(MultipartFormDataContent form, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            form.Add(new StringContent(value), name);
        }
    }
}
