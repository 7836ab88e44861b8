namespace EqualifyPdf.Silo.Metrics;

/// <summary>The running aggregate of one instrument and tag set; thread-safe.</summary>
internal sealed class MetricSeries(MetricKind kind)
{
    private readonly Lock _gate = new();
    private double _value;
    private long _count;

    public void Add(double measurement)
    {
        lock (_gate)
        {
            _count++;
            _value = kind is MetricKind.LastCounter or MetricKind.LastGauge ? measurement : _value + measurement;
        }
    }

    public MetricSample Sample(System.Diagnostics.Metrics.Instrument instrument, string labels)
    {
        lock (_gate)
        {
            return new MetricSample(PrometheusText.Name(instrument.Name), instrument.Description, kind, labels, _value, _count);
        }
    }
}
