using System.Diagnostics.Metrics;

namespace EqualifyPdf.Storage.S3;

/// <summary>
/// The S3 store's instruments on the <c>EqualifyPdf.Storage</c> meter: calls, errors and durations per operation,
/// and each circuit's state (0 closed, 1 open, 2 half-open, 3 isolated — Polly's <c>CircuitState</c> values).
/// </summary>
internal sealed class S3StorageMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _calls;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _duration;

    public S3StorageMetrics(IMeterFactory? meterFactory, S3CircuitStates circuits)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(S3BlobStore.MeterName) ?? new Meter(S3BlobStore.MeterName);
        _calls = _meter.CreateCounter<long>(
            "equalifypdf.storage.calls", "{call}", "S3 calls by operation, retries included once, refusals of an open circuit too.");
        _errors = _meter.CreateCounter<long>(
            "equalifypdf.storage.errors", "{call}", "S3 calls that failed after retries, by operation and error type.");
        _duration = _meter.CreateHistogram<double>("equalifypdf.storage.duration", "s", "S3 call time including retries.");
        _meter.CreateObservableGauge(
            "equalifypdf.storage.circuit_state",
            () => Enum.GetValues<BlobOperation>().Select(op => new Measurement<int>((int)circuits.StateOf(op), OperationTag(op))),
            "{state}",
            "Circuit state by operation: 0 closed, 1 open, 2 half-open, 3 isolated.");
    }

    public void Call(BlobOperation operation) => _calls.Add(1, OperationTag(operation));

    public void Error(BlobOperation operation, string errorType) =>
        _errors.Add(1, OperationTag(operation), new KeyValuePair<string, object?>("error.type", errorType));

    public void Duration(BlobOperation operation, TimeSpan elapsed) => _duration.Record(elapsed.TotalSeconds, OperationTag(operation));

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    private static KeyValuePair<string, object?> OperationTag(BlobOperation operation) =>
        new("operation", operation.ToString().ToLowerInvariant());
}
