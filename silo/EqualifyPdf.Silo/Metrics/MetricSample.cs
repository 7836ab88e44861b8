namespace EqualifyPdf.Silo.Metrics;

/// <summary>One series at scrape time.</summary>
/// <param name="Name">Prometheus-safe metric name.</param>
/// <param name="Help">The instrument's description.</param>
/// <param name="Kind">How it aggregates.</param>
/// <param name="Labels">Rendered label set, <c>{k="v",…}</c> or empty.</param>
/// <param name="Value">Total, last value or histogram sum.</param>
/// <param name="Count">Number of measurements (histogram count).</param>
public sealed record MetricSample(string Name, string? Help, MetricKind Kind, string Labels, double Value, long Count);
