using System.Diagnostics;
using System.Net;
using System.Threading.RateLimiting;
using Anthropic.Exceptions;
using EqualifyPdf.Corrections.Llm.Bedrock;
using EqualifyPdf.Corrections.Llm.Options;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;

namespace EqualifyPdf.Corrections.Llm.Calls;

/// <summary>
/// Every model call of the silo goes through here: a Semantic Kernel holding one <see cref="IChatClient"/> per model,
/// behind one Polly pipeline — at most <see cref="LlmOptions.MaxConcurrentCalls"/> at once, jittered retries of 429,
/// <c>ThrottlingException</c> and 5xx honouring <c>Retry-After</c>, a circuit breaker, and a timeout per attempt.
/// </summary>
public sealed class LlmGateway
{
    private readonly Kernel _kernel;
    private readonly ResiliencePipeline _pipeline;
    private readonly LlmCallStats _stats;
    private readonly LlmMetrics _metrics;
    private readonly ILogger<LlmGateway> _logger;

    /// <summary>Creates the gateway over the configured models.</summary>
    public LlmGateway(
        BedrockChatClients clients, IOptions<LlmOptions> options, LlmCallStats stats, LlmMetrics metrics, TimeProvider time, ILogger<LlmGateway> logger)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        var builder = Kernel.CreateBuilder();
        foreach (var model in new[] { o.FastModel, o.QualityModel }.Distinct())
        {
            builder.Services.AddKeyedSingleton(model, clients.For(model));
        }

        _kernel = builder.Build();
        _stats = stats;
        _metrics = metrics;
        _logger = logger;
        _pipeline = Build(o, stats, time);
    }

    /// <summary>The kernel the prompts are rendered with.</summary>
    public Kernel Kernel => _kernel;

    /// <summary>Asks <paramref name="model"/> and returns its answer with the usage it reported.</summary>
    /// <param name="model">One of the configured model ids.</param>
    /// <param name="messages">The conversation (system instructions and the user message with any images).</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <exception cref="LlmUnavailableException">The model did not answer in time, or the circuit is open.</exception>
    public async Task<LlmAnswer> CompleteAsync(string model, IList<ChatMessage> messages, CancellationToken cancellationToken)
    {
        var chat = _kernel.Services.GetRequiredKeyedService<IChatClient>(model);
        var capture = new RetryAfterCapture();
        RetryAfterCapture.Current = capture;
        var attempts = 0;
        var watch = Stopwatch.StartNew();
        try
        {
            var response = await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await chat.GetResponseAsync(messages, new ChatOptions { ModelId = model, Temperature = 0 }, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            _stats.Record(true);
            var answer = new LlmAnswer(model, response.Text, response.Usage?.InputTokenCount ?? 0, response.Usage?.OutputTokenCount ?? 0, watch.Elapsed, attempts);
            _metrics.Answered(answer);
            return answer;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = e switch
            {
                BrokenCircuitException or IsolatedCircuitException => LlmFailureReasons.CircuitOpen,
                TimeoutRejectedException => LlmFailureReasons.Timeout,
                _ when capture.Status == HttpStatusCode.TooManyRequests => LlmFailureReasons.Throttled,
                _ => LlmFailureReasons.Error,
            };
            if (reason != LlmFailureReasons.CircuitOpen)
            {
                _stats.Record(false);
            }

            _metrics.Failed(model, reason, watch.Elapsed);
            // The type and status only: an error body may echo the document.
            _logger.LogWarning("Model {Model} unavailable after {Attempts} attempts: {Reason} ({Error}, HTTP {Status})",
                model, attempts, reason, e.GetType().Name, (int?)capture.Status);
            throw new LlmUnavailableException(reason, e);
        }
        finally
        {
            RetryAfterCapture.Current = null;
        }
    }

    private static ResiliencePipeline Build(LlmOptions o, LlmCallStats stats, TimeProvider time)
    {
        var transient = new PredicateBuilder()
            .Handle<AnthropicRateLimitException>()
            .Handle<Anthropic5xxException>()
            .Handle<AnthropicUnexpectedStatusCodeException>(e => (int)e.StatusCode >= 500)
            .Handle<AnthropicIOException>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>();
        var builder = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = o.MaxConcurrentCalls, QueueLimit = int.MaxValue });
        if (o.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = o.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = o.RetryBaseDelay,
                MaxDelay = o.MaxRetryDelay,
                DelayGenerator = _ => new ValueTask<TimeSpan?>(RetryAfterCapture.Current?.RetryAfter is { } wait && wait >= TimeSpan.Zero
                    ? (wait < o.MaxRetryDelay ? wait : o.MaxRetryDelay)
                    : null),
                OnRetry = _ =>
                {
                    if (RetryAfterCapture.Current is { } capture)
                    {
                        capture.RetryAfter = null;
                    }

                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = 1.0,
                MinimumThroughput = o.CircuitFailureThreshold,
                SamplingDuration = o.CircuitSamplingDuration,
                BreakDuration = o.CircuitBreakDuration,
                StateProvider = stats.Circuit,
            })
            .AddTimeout(o.CallTimeout)
            .Build();
    }
}
