using System.Diagnostics.Metrics;

namespace EqualifyPdf.Corrections.Llm.Calls;

/// <summary>
/// The model calls' instruments on the <c>EqualifyPdf.Llm</c> meter: calls by model and outcome (<c>ok</c> or a
/// <see cref="LlmFailureReasons"/> value), tokens by model and direction, call time with its retries, and the
/// circuit's state (0 closed, 1 open, 2 half-open, 3 isolated — Polly's <c>CircuitState</c> values).
/// </summary>
public sealed class LlmMetrics : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "EqualifyPdf.Llm";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _calls;
    private readonly Counter<long> _tokens;
    private readonly Histogram<double> _duration;

    /// <summary>Creates the instruments; without a meter factory (tests, tools) on a meter of their own.</summary>
    public LlmMetrics(IMeterFactory? meterFactory, LlmCallStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _calls = _meter.CreateCounter<long>("equalifypdf.llm.calls", "{call}", "Model calls by model and outcome (ok, circuit_open, timeout, throttled, error), retries counted once.");
        _tokens = _meter.CreateCounter<long>("equalifypdf.llm.tokens", "{token}", "Tokens the model reported, by model and direction (input, output).");
        _duration = _meter.CreateHistogram<double>("equalifypdf.llm.duration", "s", "Model call time including retries, by model.");
        _meter.CreateObservableGauge("equalifypdf.llm.circuit_state", () => (int)stats.Circuit.CircuitState, "{state}",
            "The model circuit: 0 closed, 1 open, 2 half-open, 3 isolated.");
    }

    /// <summary>Records an answered call.</summary>
    public void Answered(LlmAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var model = new KeyValuePair<string, object?>("model", answer.Model);
        _calls.Add(1, model, new KeyValuePair<string, object?>("outcome", "ok"));
        _tokens.Add(answer.InputTokens, model, new KeyValuePair<string, object?>("direction", "input"));
        _tokens.Add(answer.OutputTokens, model, new KeyValuePair<string, object?>("direction", "output"));
        _duration.Record(answer.Latency.TotalSeconds, model);
    }

    /// <summary>Records a call that failed after its retries, or was refused by the open circuit.</summary>
    public void Failed(string model, string reason, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("model", model);
        _calls.Add(1, tag, new KeyValuePair<string, object?>("outcome", reason));
        _duration.Record(elapsed.TotalSeconds, tag);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
