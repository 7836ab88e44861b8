using EqualifyPdf.Conversion.Extraction;
using EqualifyPdf.Conversion.Structure;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>
/// Splits lines at column gaps narrower than the segment gap. Some producers (LibreOffice sections, for one) set
/// columns closer than a wide word space, so one "line" runs across both columns. A column gap shows as a vertical
/// river: the same x range free of words in many consecutive lines, which word spacing in prose never produces.
/// </summary>
internal static class ColumnGapSplitter
{
    /// <summary>Narrowest inter-word gap considered as a possible column gap, in points.</summary>
    private const double MinGap = 3;

    /// <summary>Lines that must share the gap before it counts as a column gap.</summary>
    private const int MinSupport = 5;

    public static List<TextLine> Split(List<TextLine> lines)
    {
        var ordered = lines.OrderBy(l => l.Top).ToList();
        var candidates = ordered.SelectMany(Gaps).GroupBy(g => Math.Round((g.Start + g.End) / 4) * 2)
            .Where(g => g.Count() >= MinSupport)
            .Select(g => g.Key)
            .ToList();
        if (candidates.Count == 0)
        {
            return lines;
        }

        var cuts = new Dictionary<TextLine, List<double>>(ReferenceEqualityComparer.Instance);
        foreach (var x in candidates)
        {
            var run = new List<TextLine>();
            foreach (var line in ordered.Append(null))
            {
                var state = line == null ? State.Blocks : StateOf(line, x);
                if (state == State.Supports)
                {
                    run.Add(line!);
                }
                else if (state == State.Blocks)
                {
                    if (run.Count >= MinSupport)
                    {
                        run.ForEach(l => (cuts.TryGetValue(l, out var c) ? c : cuts[l] = []).Add(x));
                    }

                    run.Clear();
                }
            }
        }

        return cuts.Count == 0 ? lines : lines.SelectMany(l => cuts.TryGetValue(l, out var xs) ? Cut(l, xs) : [l]).ToList();
    }

    private static IEnumerable<(double Start, double End)> Gaps(TextLine line)
    {
        for (var i = 1; i < line.Words.Count; i++)
        {
            var gap = (line.Words[i - 1].Right, line.Words[i].Left);
            if (gap.Item2 - gap.Item1 >= MinGap && !(i == 1 && ListMarkers.Match(line.Words[0].Text + " x") != null))
            {
                yield return gap;
            }
        }
    }

    private static State StateOf(TextLine line, double x)
    {
        if (line.Right <= x || line.Left >= x)
        {
            return State.Neutral;
        }

        return Gaps(line).Any(g => g.Start <= x && g.End >= x) ? State.Supports : State.Blocks;
    }

    private static IEnumerable<TextLine> Cut(TextLine line, List<double> xs)
    {
        var parts = new List<List<TextWord>> { new() };
        var bounds = xs.Distinct().Order().ToList();
        var next = 0;
        foreach (var w in line.Words)
        {
            while (next < bounds.Count && w.Left > bounds[next])
            {
                next++;
                if (parts[^1].Count > 0)
                {
                    parts.Add([]);
                }
            }

            parts[^1].Add(w);
        }

        return parts.Where(p => p.Count > 0).Select(p => new TextLine(p));
    }

    private enum State
    {
        Neutral,
        Supports,
        Blocks,
    }
}
