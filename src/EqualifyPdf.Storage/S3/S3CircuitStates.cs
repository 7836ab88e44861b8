using Polly.CircuitBreaker;

namespace EqualifyPdf.Storage.S3;

/// <summary>One circuit-breaker state provider per <see cref="BlobOperation"/>, read by metrics and tests.</summary>
internal sealed class S3CircuitStates
{
    private readonly Dictionary<BlobOperation, CircuitBreakerStateProvider> _providers =
        Enum.GetValues<BlobOperation>().ToDictionary(op => op, _ => new CircuitBreakerStateProvider());

    public CircuitBreakerStateProvider For(BlobOperation operation) => _providers[operation];

    /// <summary>The circuit's state; <see cref="CircuitState.Closed"/> before its pipeline is first built.</summary>
    public CircuitState StateOf(BlobOperation operation)
    {
        try
        {
            return _providers[operation].CircuitState;
        }
        catch (InvalidOperationException)
        {
            // The provider is attached when the pipeline is built, on the first call of that kind.
            return CircuitState.Closed;
        }
    }
}
