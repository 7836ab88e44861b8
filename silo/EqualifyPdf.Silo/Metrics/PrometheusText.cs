using System.Globalization;
using System.Text;

namespace EqualifyPdf.Silo.Metrics;

/// <summary>Renders samples in the Prometheus text exposition format (version 0.0.4).</summary>
public static class PrometheusText
{
    /// <summary>The content type Prometheus expects.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>A metric name with every character outside <c>[a-zA-Z0-9_:]</c> replaced by '_'.</summary>
    public static string Name(string instrumentName)
    {
        var builder = new StringBuilder(instrumentName.Length);
        foreach (var c in instrumentName)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or ':' ? c : '_');
        }

        return builder.Length > 0 && char.IsAsciiDigit(builder[0]) ? "_" + builder : builder.ToString();
    }

    /// <summary>Renders tags as a sorted label set, escaping values as the format requires.</summary>
    public static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.IsEmpty)
        {
            return "";
        }

        var pairs = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            var value = Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? "";
            value = value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
            pairs.Add($"{Name(tag.Key)}=\"{value}\"");
        }

        pairs.Sort(StringComparer.Ordinal);
        return "{" + string.Join(',', pairs) + "}";
    }

    /// <summary>Writes the whole exposition: one <c># TYPE</c> block per metric name.</summary>
    public static string Render(IEnumerable<MetricSample> samples)
    {
        var text = new StringBuilder();
        foreach (var group in samples.GroupBy(s => (s.Name, s.Kind)))
        {
            var (name, kind) = group.Key;
            var exposed = kind is MetricKind.SumCounter or MetricKind.LastCounter ? name + "_total" : name;
            var help = group.First().Help;
            if (!string.IsNullOrWhiteSpace(help))
            {
                text.Append("# HELP ").Append(exposed).Append(' ').Append(help.ReplaceLineEndings(" ")).Append('\n');
            }

            text.Append("# TYPE ").Append(exposed).Append(' ').Append(TypeName(kind)).Append('\n');
            foreach (var sample in group)
            {
                if (kind == MetricKind.Summary)
                {
                    text.Append(name).Append("_count").Append(sample.Labels).Append(' ').Append(Number(sample.Count)).Append('\n');
                    text.Append(name).Append("_sum").Append(sample.Labels).Append(' ').Append(Number(sample.Value)).Append('\n');
                }
                else
                {
                    text.Append(exposed).Append(sample.Labels).Append(' ').Append(Number(sample.Value)).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static string TypeName(MetricKind kind) => kind switch
    {
        MetricKind.SumCounter or MetricKind.LastCounter => "counter",
        MetricKind.Summary => "summary",
        _ => "gauge",
    };

    private static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf" : double.IsNegativeInfinity(value) ? "-Inf" : value.ToString("R", CultureInfo.InvariantCulture);
}
