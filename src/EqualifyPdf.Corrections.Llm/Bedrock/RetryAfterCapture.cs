using System.Net;

namespace EqualifyPdf.Corrections.Llm.Bedrock;

/// <summary>
/// Carries what the last HTTP answer of a model call said about retrying (status, <c>Retry-After</c>) from the
/// Anthropic client's handler chain, whose exceptions drop the headers, back up to the retry strategy.
/// </summary>
internal sealed class RetryAfterCapture
{
    private static readonly AsyncLocal<RetryAfterCapture?> CurrentCall = new();

    /// <summary>The capture of the call running on this async flow, if any.</summary>
    public static RetryAfterCapture? Current
    {
        get => CurrentCall.Value;
        set => CurrentCall.Value = value;
    }

    /// <summary>Status of the last answer.</summary>
    public HttpStatusCode? Status { get; set; }

    /// <summary>The wait the last answer asked for, if it did.</summary>
    public TimeSpan? RetryAfter { get; set; }

    /// <summary>The <c>x-amzn-ErrorType</c> of the last answer (e.g. <c>ThrottlingException</c>).</summary>
    public string? ErrorType { get; set; }
}

/// <summary>
/// Pins the Bedrock Messages version and records each answer's status and <c>Retry-After</c> into
/// <see cref="RetryAfterCapture.Current"/>. Runs before the Bedrock adaptation handler, which moves the
/// <c>anthropic-version</c> header into the body's <c>anthropic_version</c> and signs the request.
/// </summary>
internal sealed class RetryAfterCaptureHandler : DelegatingHandler
{
    /// <summary>The Messages API version Bedrock serves Claude under.</summary>
    public const string BedrockAnthropicVersion = "bedrock-2023-05-31";

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove("anthropic-version");
        request.Headers.TryAddWithoutValidation("anthropic-version", BedrockAnthropicVersion);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (RetryAfterCapture.Current is { } capture)
        {
            capture.Status = response.StatusCode;
            capture.RetryAfter = response.Headers.RetryAfter switch
            {
                { Delta: { } delta } => delta,
                { Date: { } date } => date - DateTimeOffset.UtcNow,
                _ => null,
            };
            capture.ErrorType = response.Headers.TryGetValues("x-amzn-ErrorType", out var types) ? types.FirstOrDefault()?.Split(':')[0] : null;
        }

        return response;
    }
}
