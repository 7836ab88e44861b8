using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Anthropic.Bedrock;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EqualifyPdf.Testing.Bedrock;

/// <summary>
/// A loopback Bedrock runtime (Kestrel on 127.0.0.1:0). Each <c>POST /model/{id}/invoke</c> has its SigV4 signature
/// recomputed with <see cref="AWSSigner"/> from the request as received (403 when it differs), its model id and body
/// checked (anthropic_version, messages), and is answered from the script in order (the default answer when empty).
/// </summary>
internal sealed partial class FakeBedrockRuntime : IAsyncDisposable
{
    public const string AccessKey = "AKIDFAKEBEDROCK0001";
    public const string SecretKey = "fake/secret/key/for/the/loopback/runtime";
    public const string Region = "us-east-1";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();

    private FakeBedrockRuntime(WebApplication app) => _app = app;

    /// <summary>The base URL (for <c>Llm:Endpoint</c>).</summary>
    public string Url { get; private set; } = "";

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<ReceivedCall> Calls { get; } = new();

    /// <summary>Answer given when the script is empty.</summary>
    public ScriptedAnswer Default { get; set; } = ScriptedAnswer.Operations(100, 10);

    /// <summary>When set, answers every request the script does not (it sees the request as received).</summary>
    public Func<ReceivedCall, ScriptedAnswer>? Responder { get; set; }

    public static async Task<FakeBedrockRuntime> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // Page calls carry a page image: above Kestrel's default 30 MB only for very large pages, but never refused here.
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = null);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeBedrockRuntime(app);
        app.MapPost("/model/{model}/invoke", fake.HandleAsync);
        await app.StartAsync();
        fake.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    public void Enqueue(params ScriptedAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var model = Uri.UnescapeDataString(raw.Split('/')[2]);
        var signatureValid = SignatureMatches(context.Request, raw, body);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var call = new ReceivedCall(
            model,
            signatureValid,
            root.TryGetProperty("anthropic_version", out var version) ? version.GetString() : null,
            root.TryGetProperty("messages", out var messages) ? messages.GetArrayLength() : 0,
            body.Contains("\"type\":\"image\"", StringComparison.Ordinal),
            body,
            DateTimeOffset.UtcNow);
        Calls.Enqueue(call);
        if (!signatureValid)
        {
            context.Response.StatusCode = 403;
            context.Response.Headers["x-amzn-ErrorType"] = "InvalidSignatureException";
            await context.Response.WriteAsync("""{"message":"The request signature we calculated does not match the signature you provided."}""");
            return;
        }

        if (call.AnthropicVersion is null || call.Messages == 0)
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteAsync("""{"message":"Malformed input request"}""");
            return;
        }

        var answer = _script.TryDequeue(out var next) ? next : Responder?.Invoke(call) ?? Default;
        if (answer.Delay > TimeSpan.Zero)
        {
            await Task.Delay(answer.Delay, context.RequestAborted).ContinueWith(_ => { });
        }

        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json";
        if (answer.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = answer.RetryAfter;
        }

        if (answer.ErrorType is not null)
        {
            context.Response.Headers["x-amzn-ErrorType"] = answer.ErrorType;
        }

        await context.Response.WriteAsync(answer.Body);
    }

    // Rebuilds the canonical request from what arrived: the signed header names from the Authorization header, their
    // values, the raw path and the body's hash, then signs it with the known secret.
    private static bool SignatureMatches(HttpRequest request, string rawTarget, string body)
    {
        var match = AuthorizationPattern().Match(request.Headers.Authorization.ToString());
        if (!match.Success || match.Groups["key"].Value != AccessKey || match.Groups["region"].Value != Region || match.Groups["service"].Value != "bedrock")
        {
            return false;
        }

        var payloadHash = AWSSigner.CalculateHash(body);
        if (request.Headers["x-amz-content-sha256"].ToString() != payloadHash)
        {
            return false;
        }

        var now = DateTime.ParseExact(request.Headers["x-amz-date"].ToString(), "yyyyMMddTHHmmssZ", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        var headers = new Dictionary<string, string>(StringComparer.InvariantCultureIgnoreCase);
        foreach (var name in match.Groups["signed"].Value.Split(';'))
        {
            headers[name] = request.Headers[name].ToString();
        }

        var uri = new Uri($"http://{request.Host.Host}{rawTarget}", new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        var expected = AWSSigner.GetAuthorizationHeader("bedrock", Region, request.Method, uri, now, headers, payloadHash, AccessKey, SecretKey);
        return expected == request.Headers.Authorization.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [GeneratedRegex(@"^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/\d{8}/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request, SignedHeaders=(?<signed>[^,]+), Signature=[0-9a-f]{64}$")]
    private static partial Regex AuthorizationPattern();
}

/// <summary>One request the fake received.</summary>
internal sealed record ReceivedCall(string Model, bool SignatureValid, string? AnthropicVersion, int Messages, bool HasImage, string Body, DateTimeOffset At);
