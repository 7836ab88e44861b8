using Anthropic;
using Anthropic.Bedrock;
using EqualifyPdf.Corrections.Llm.Options;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Corrections.Llm.Bedrock;

/// <summary>
/// The <see cref="IChatClient"/> of each configured model, over one <see cref="AnthropicBedrockClient"/>: signed with
/// the AWS chain's credentials, pointed at <see cref="LlmOptions.Endpoint"/> when set, its own retries off (the
/// gateway's resilience pipeline retries, honouring <c>Retry-After</c>).
/// </summary>
public sealed class BedrockChatClients : IDisposable
{
    private readonly IAnthropicClient _client;
    private readonly Dictionary<string, IChatClient> _chat = new(StringComparer.Ordinal);

    /// <summary>Creates the clients of <paramref name="options"/>' two models.</summary>
    public BedrockChatClients(IOptions<LlmOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)), new AwsChainCredentials(options.Value.Region))
    {
    }

    internal BedrockChatClients(LlmOptions options, IAnthropicBedrockCredentials credentials)
    {
        var endpoint = options.Endpoint.TrimEnd('/');
        _client = new AnthropicBedrockClient(credentials).WithOptions(o => o with
        {
            BaseUrl = string.IsNullOrEmpty(endpoint) ? o.BaseUrl : endpoint,
            MaxRetries = 0,
            // The gateway's timeout is the one that counts; this only stops a connection that never answers.
            Timeout = options.CallTimeout + TimeSpan.FromSeconds(5),
            Handlers = [new RetryAfterCaptureHandler()],
        });
        foreach (var model in new[] { options.FastModel, options.QualityModel }.Where(m => !string.IsNullOrWhiteSpace(m)).Distinct())
        {
            _chat[model] = _client.AsIChatClient(model, options.MaxOutputTokens);
        }
    }

    /// <summary>The chat client of <paramref name="model"/>, one of the two configured.</summary>
    /// <exception cref="ArgumentException">The model is not configured.</exception>
    public IChatClient For(string model) =>
        _chat.TryGetValue(model, out var client) ? client : throw new ArgumentException($"Model '{model}' is not configured.", nameof(model));

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var chat in _chat.Values)
        {
            chat.Dispose();
        }

        (_client as IDisposable)?.Dispose();
    }
}
