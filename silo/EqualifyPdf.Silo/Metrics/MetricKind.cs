namespace EqualifyPdf.Silo.Metrics;

/// <summary>How a series aggregates its measurements and how Prometheus should read it.</summary>
public enum MetricKind
{
    /// <summary>Monotonic total built from deltas (Counter).</summary>
    SumCounter,
    /// <summary>Value built from deltas that may go down (UpDownCounter).</summary>
    SumGauge,
    /// <summary>Monotonic total reported whole by a callback (ObservableCounter).</summary>
    LastCounter,
    /// <summary>Current value reported whole (gauges, observable up/down counters).</summary>
    LastGauge,
    /// <summary>Distribution kept as count and sum (Histogram).</summary>
    Summary,
}
