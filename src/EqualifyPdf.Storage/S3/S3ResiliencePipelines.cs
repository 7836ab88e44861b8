using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace EqualifyPdf.Storage.S3;

/// <summary>
/// Registers one Polly pipeline per <see cref="BlobOperation"/>: retry (exponential, jittered) → circuit breaker →
/// attempt timeout. The breaker sits inside the retry, as in Microsoft's standard resilience handler, so every failed
/// attempt counts towards opening it and an open circuit stops the retries at once.
/// </summary>
internal static class S3ResiliencePipelines
{
    public static string Key(BlobOperation operation) => "EqualifyPdf.Storage.S3." + operation;

    public static void Add(IServiceCollection services)
    {
        foreach (var operation in Enum.GetValues<BlobOperation>())
        {
            services.AddResiliencePipeline(Key(operation), (builder, context) =>
            {
                var sp = context.ServiceProvider;
                var options = sp.GetRequiredService<IOptions<BlobStorageOptions>>().Value.S3.Resilience;
                builder.TimeProvider = sp.GetService<TimeProvider>() ?? TimeProvider.System;
                Configure(builder, options, options.TimeoutOf(operation), sp.GetRequiredService<S3CircuitStates>().For(operation));
            });
        }
    }

    private static void Configure(
        ResiliencePipelineBuilder builder, S3ResilienceOptions options, TimeSpan attemptTimeout, CircuitBreakerStateProvider state)
    {
        var transient = new PredicateBuilder().Handle<Exception>(S3TransientErrors.IsTransient);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = transient,

            // Every request in the window failed, and at least FailureThreshold of them: a run of failures with no
            // success in between (Polly 8 has no count-based breaker; this is its documented equivalent).
            FailureRatio = 1.0,
            MinimumThroughput = options.FailureThreshold,
            SamplingDuration = options.SamplingDuration,
            BreakDuration = options.BreakDuration,
            StateProvider = state,
        });

        builder.AddTimeout(attemptTimeout);
    }
}
