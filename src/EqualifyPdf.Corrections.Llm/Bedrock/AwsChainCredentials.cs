using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Anthropic.Bedrock;

namespace EqualifyPdf.Corrections.Llm.Bedrock;

/// <summary>
/// Signs each Bedrock request (SigV4, <see cref="AWSSigner"/>) with credentials from the standard AWS chain —
/// environment, shared profile, ECS task role, instance profile — resolved by AWSSDK.Core. The chain's credentials
/// object refreshes temporary credentials itself, so they are asked for on every request, not once.
/// </summary>
internal sealed class AwsChainCredentials(string region, Func<AWSCredentials?>? resolve = null) : IAnthropicBedrockCredentials
{
    private const string Service = "bedrock";
    private readonly Lazy<AWSCredentials?> _credentials = new(resolve ?? (() => DefaultAWSCredentialsIdentityResolver.GetCredentials(null)));

    /// <inheritdoc />
    public string Region => region;

    /// <inheritdoc />
    public async Task Apply(HttpRequestMessage requestMessage)
    {
        ArgumentNullException.ThrowIfNull(requestMessage);
        var source = _credentials.Value ?? throw new InvalidOperationException("No AWS credentials were found in the standard chain (environment, profile, task role).");
        var credentials = await source.GetCredentialsAsync().ConfigureAwait(false);
        var now = DateTime.UtcNow;
        var body = requestMessage.Content is null ? "" : await requestMessage.Content.ReadAsStringAsync().ConfigureAwait(false);
        var payloadHash = AWSSigner.CalculateHash(body);
        requestMessage.Headers.TryAddWithoutValidation("x-amz-date", AWSSigner.ToAmzDate(now));
        requestMessage.Headers.TryAddWithoutValidation("x-amz-content-sha256", payloadHash);
        var token = credentials.UseToken ? credentials.Token : null;
        if (token is not null)
        {
            requestMessage.Headers.TryAddWithoutValidation("x-amz-security-token", token);
        }

        // Every header sent is signed except User-Agent (which proxies may rewrite) and trace headers the SDK adds later.
        var headers = requestMessage.Headers
            .Where(h => !h.Key.Equals("User-Agent", StringComparison.OrdinalIgnoreCase)
                && !h.Key.Equals("traceparent", StringComparison.OrdinalIgnoreCase) && !h.Key.Equals("tracestate", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.InvariantCultureIgnoreCase);
        var authorization = AWSSigner.GetAuthorizationHeader(
            Service, region, requestMessage.Method.ToString(), requestMessage.RequestUri!, now, headers, payloadHash,
            credentials.AccessKey, credentials.SecretKey, token);
        requestMessage.Headers.TryAddWithoutValidation("Authorization", authorization);
    }
}
