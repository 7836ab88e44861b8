using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;

namespace EqualifyPdf.Storage.S3;

/// <summary>
/// Runs each S3 request through its operation's resilience pipeline, records it, and turns an open circuit or an
/// outage that outlasted the retries into <see cref="BlobStoreUnavailableException"/>.
/// </summary>
internal sealed class S3Calls(ResiliencePipelineProvider<string> pipelines, S3StorageMetrics metrics, TimeProvider timeProvider)
{
    // Built once, up front: the registry may build a pipeline twice under concurrent first calls, and a circuit's
    // state provider can be attached to only one breaker.
    private readonly Dictionary<BlobOperation, ResiliencePipeline> _pipelines = Enum.GetValues<BlobOperation>()
        .ToDictionary(op => op, op => pipelines.GetPipeline(S3ResiliencePipelines.Key(op)));

    public async Task<T> RunAsync<T>(BlobOperation operation, Func<CancellationToken, Task<T>> request, CancellationToken cancellationToken)
    {
        var pipeline = _pipelines[operation];
        var started = timeProvider.GetTimestamp();
        metrics.Call(operation);
        try
        {
            return await pipeline.ExecuteAsync(
                static async (state, token) => await state(token).ConfigureAwait(false), request, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException e)
        {
            metrics.Error(operation, "circuit_open");
            throw new BlobStoreUnavailableException(operation, e.RetryAfter, circuitOpen: true, e);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && S3TransientErrors.IsTransient(e))
        {
            metrics.Error(operation, "transient");
            throw new BlobStoreUnavailableException(operation, retryAfter: null, circuitOpen: false, e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            metrics.Error(operation, e.GetType().Name);
            throw;
        }
        finally
        {
            metrics.Duration(operation, timeProvider.GetElapsedTime(started));
        }
    }
}
