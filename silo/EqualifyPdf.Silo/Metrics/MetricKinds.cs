using System.Diagnostics.Metrics;

namespace EqualifyPdf.Silo.Metrics;

/// <summary>Classifies <see cref="Instrument"/> types.</summary>
public static class MetricKinds
{
    /// <summary>The kind of <paramref name="instrument"/>.</summary>
    public static MetricKind Of(Instrument instrument)
    {
        var type = instrument.GetType();
        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (definition == typeof(Counter<>))
        {
            return MetricKind.SumCounter;
        }

        if (definition == typeof(UpDownCounter<>))
        {
            return MetricKind.SumGauge;
        }

        if (definition == typeof(ObservableCounter<>))
        {
            return MetricKind.LastCounter;
        }

        return definition == typeof(Histogram<>) ? MetricKind.Summary : MetricKind.LastGauge;
    }
}
