using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace EqualifyPdf.Silo.Metrics;

/// <summary>
/// Listens to every <see cref="Meter"/> in the process (Orleans, ASP.NET Core, the .NET runtime) and keeps one
/// aggregate per instrument and tag set, so <c>/metrics</c> can render them in the Prometheus text format without
/// an exporter dependency. Counters sum their deltas, observable instruments keep their last reading, histograms
/// keep count and sum.
/// </summary>
public sealed class MeterCollector : IHostedService, IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(Instrument Instrument, string Labels), MetricSeries> _series = new();

    /// <summary>Creates the listener; it subscribes when the host starts.</summary>
    public MeterCollector()
    {
        _listener.InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument);
        _listener.SetMeasurementEventCallback<byte>((i, v, t, _) => Record(i, v, t));
        _listener.SetMeasurementEventCallback<short>((i, v, t, _) => Record(i, v, t));
        _listener.SetMeasurementEventCallback<int>((i, v, t, _) => Record(i, v, t));
        _listener.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        _listener.SetMeasurementEventCallback<float>((i, v, t, _) => Record(i, v, t));
        _listener.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        _listener.SetMeasurementEventCallback<decimal>((i, v, t, _) => Record(i, (double)v, t));
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _listener.Start();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Reads the observable instruments now and returns every series, ordered by metric name.</summary>
    public IReadOnlyList<MetricSample> Collect()
    {
        _listener.RecordObservableInstruments();
        return _series
            .Select(entry => entry.Value.Sample(entry.Key.Instrument, entry.Key.Labels))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Labels, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = PrometheusText.Labels(tags);
        var series = _series.GetOrAdd((instrument, labels), static key => new MetricSeries(MetricKinds.Of(key.Instrument)));
        series.Add(value);
    }
}
