using Orleans.Storage;
using Polly;
using Polly.Retry;

namespace EqualifyPdf.Workflow.Resilience;

/// <summary>
/// The retry pipeline around the workflow's own storage calls (grain state writes, reminder calls, blob I/O). A
/// storage hiccup — a Redis timeout while the machine is busy, a dropped connection, a failover — is retried with
/// jittered exponential backoff for about half a minute before the caller hears of it. An optimistic-concurrency
/// conflict is not retried here: the caller re-reads and decides again.
/// </summary>
public static class StorageResilience
{
    /// <summary>Name of the pipeline in the <c>ResiliencePipelineProvider&lt;string&gt;</c>.</summary>
    public const string PipelineName = "EqualifyPdf.Storage";

    /// <summary>Adds the retry strategy: <see cref="WorkflowOptions.StorageRetries"/> retries, starting at
    /// <see cref="WorkflowOptions.StorageRetryDelay"/> and doubling to at most 5 s, with jitter.</summary>
    public static ResiliencePipelineBuilder AddStorageRetry(this ResiliencePipelineBuilder builder, WorkflowOptions options)
    {
        if (options.StorageRetries == 0)
        {
            return builder;
        }

        return builder.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
            MaxRetryAttempts = options.StorageRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.StorageRetryDelay,
            MaxDelay = TimeSpan.FromSeconds(5),
        });
    }

    /// <summary>Everything a storage call throws is ours and may pass, except a lost write race and a cancel.</summary>
    public static bool IsTransient(Exception e) => e is not (InconsistentStateException or OperationCanceledException);

    /// <summary>
    /// Runs <paramref name="call"/> through <paramref name="pipeline"/> on the caller's scheduler: a grain's code must
    /// stay on its activation's scheduler, and Polly's retry delays would otherwise resume on the thread pool.
    /// </summary>
    public static async Task<T> RunOnCallerAsync<T>(this ResiliencePipeline pipeline, Func<CancellationToken, Task<T>> call, CancellationToken ct)
    {
        var context = ResilienceContextPool.Shared.Get(continueOnCapturedContext: true, ct);
        try
        {
            return await pipeline.ExecuteAsync(static async (ctx, call) => await call(ctx.CancellationToken), context, call);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <inheritdoc cref="RunOnCallerAsync{T}"/>
    public static Task RunOnCallerAsync(this ResiliencePipeline pipeline, Func<CancellationToken, Task> call, CancellationToken ct) =>
        pipeline.RunOnCallerAsync(
            async token =>
            {
                await call(token);
                return true;
            },
            ct);
}
