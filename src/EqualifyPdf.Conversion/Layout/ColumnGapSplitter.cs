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

    /// <summary>Prose lines that may cross a gutter (running heads, a full-width title) on one page.</summary>
    private const int MaxGutterCrossings = 3;

    /// <summary>Lines that must share the gap before it counts as a column gap.</summary>
    private const int MinSupport = 5;

    public static List<TextLine> Split(List<TextLine> lines) => SplitRivers(SplitCodeAtGutters(lines));

    /// <summary>
    /// Code lines keep wide gaps between monospace words (indentation, alignment), so code in the left column of a
    /// two-column page can run on into the right column's code. A gap that spans a gutter no prose line crosses, with
    /// prose on both sides of it, is the column gap, not indentation.
    /// </summary>
    private static List<TextLine> SplitCodeAtGutters(List<TextLine> lines)
    {
        var gutters = ProseGutters(lines);
        if (gutters.Count == 0)
        {
            return lines;
        }

        var result = new List<TextLine>(lines.Count);
        foreach (var line in lines)
        {
            var part = new List<TextWord> { line.Words[0] };
            for (var i = 1; i < line.Words.Count; i++)
            {
                var (a, b) = (line.Words[i - 1], line.Words[i]);
                if (a.Monospace && b.Monospace && gutters.Any(x => a.Right < x && b.Left > x))
                {
                    result.Add(part.Count == line.Words.Count ? line : new TextLine(part));
                    part = [];
                }

                part.Add(b);
            }

            result.Add(part.Count == line.Words.Count ? line : new TextLine(part));
        }

        return result;
    }

    /// <summary>Centres of x ranges no prose line crosses, with prose lines on both sides.</summary>
    private static List<double> ProseGutters(List<TextLine> lines)
    {
        var prose = lines.Where(l => l.MonospaceFraction < 0.5 && l.Words.Count >= 3).ToList();
        if (prose.Count < 2 * MinSupport || !lines.Any(l => l.MonospaceFraction >= 0.5))
        {
            return [];
        }

        var x0 = (int)Math.Floor(prose.Min(l => l.Left));
        // Running heads, footers and a full-width title may cross the gutter: a few crossings still leave it a gutter.
        var crossings = new int[(int)Math.Ceiling(prose.Max(l => l.Right)) - x0 + 1];
        foreach (var l in prose)
        {
            for (var x = (int)l.Left - x0; x <= (int)l.Right - x0; x++)
            {
                crossings[x]++;
            }
        }

        var covered = crossings.Select(c => c > MaxGutterCrossings).ToArray();

        var gutters = new List<double>();
        for (var x = 0; x < covered.Length; x++)
        {
            if (covered[x])
            {
                continue;
            }

            var end = x;
            while (end + 1 < covered.Length && !covered[end + 1])
            {
                end++;
            }

            var (from, to) = (x + x0, end + 1 + x0);
            if (to - from >= MinGap * 2 && prose.Count(l => l.Right <= from) >= MinSupport && prose.Count(l => l.Left >= to) >= MinSupport)
            {
                gutters.Add((from + to) / 2.0);
            }

            x = end;
        }

        return gutters;
    }

    private static List<TextLine> SplitRivers(List<TextLine> lines)
    {
        var ordered = lines.OrderBy(l => l.Top).ToList();
        // Each line's gaps are tested against every candidate: found once per line, not once per line and candidate
        // (finding them asks whether the first word is a list marker, a regular-expression match).
        var proseGaps = ordered.Select(l => Gaps(l, includeCode: false).ToArray()).ToArray();
        var allGaps = ordered.Select(l => Gaps(l, includeCode: true).ToArray()).ToArray();
        // Candidates come from gaps between prose words: gaps inside code are its own alignment, and a code line only
        // counts for a gutter that prose lines around it already show.
        var candidates = proseGaps.SelectMany(g => g).GroupBy(g => Math.Round((g.Start + g.End) / 4) * 2)
            .Where(g => g.Count() >= MinSupport)
            .Select(g => g.Key)
            .ToList();
        if (candidates.Count == 0)
        {
            return lines;
        }

        var cuts = new Dictionary<TextLine, List<double>>(ReferenceEqualityComparer.Instance);
        var run = new List<int>();
        foreach (var x in candidates)
        {
            run.Clear();
            for (var i = 0; i <= ordered.Count; i++)
            {
                var state = i == ordered.Count ? State.Blocks : StateOf(ordered[i], allGaps[i], x);
                if (state == State.Supports)
                {
                    run.Add(i);
                }
                else if (state == State.Blocks)
                {
                    // A run of code lines alone is the code's own alignment (a column of types after names), however
                    // well it lines up with word gaps in the prose around it.
                    if (run.Count >= MinSupport && run.Count(r => Spans(proseGaps[r], x)) >= MinSupport
                        && !OpenSameWay(run.Select(r => ordered[r]).ToList(), x))
                    {
                        run.ForEach(r => (cuts.TryGetValue(ordered[r], out var c) ? c : cuts[ordered[r]] = []).Add(x));
                    }

                    run.Clear();
                }
            }
        }

        return cuts.Count == 0 ? lines : lines.SelectMany(l => cuts.TryGetValue(l, out var xs) ? Cut(l, xs) : [l]).ToList();
    }

    private static bool Spans((double Start, double End)[] gaps, double x)
    {
        foreach (var (start, end) in gaps)
        {
            if (start <= x && end >= x)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Lines that all open with the same words, set in the same place, before <paramref name="x"/> (the forms of a
    /// command synopsis, "git stash drop …", "git stash pop …") line up their ordinary word gaps: a left column never
    /// repeats itself line by line.
    /// </summary>
    private static bool OpenSameWay(List<TextLine> run, double x)
    {
        // The words before x, each with where it starts and ends (rounded to half a point).
        static string Opening(TextLine line, double x) => string.Join(' ', line.Words.TakeWhile(w => w.Right <= x)
            .Select(w => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{w.Text}@{Math.Round(w.Left * 2)}-{Math.Round(w.Right * 2)}")));

        var first = Opening(run[0], x);
        return run.All(l => Opening(l, x) == first);
    }

    private static IEnumerable<(double Start, double End)> Gaps(TextLine line, bool includeCode)
    {
        for (var i = 1; i < line.Words.Count; i++)
        {
            var gap = (line.Words[i - 1].Right, line.Words[i].Left);
            var inCode = line.Words[i - 1].Monospace && line.Words[i].Monospace;
            if (gap.Item2 - gap.Item1 >= MinGap && (includeCode || !inCode) && !(i == 1 && IsLabel(line.Words[0].Text)))
            {
                yield return gap;
            }
        }
    }

    /// <summary>
    /// A list marker or note number hanging before its text ("10 Setgid directories…"): the gap after it lines up
    /// down a page of notes, but it is a hanging indent, not a column gap.
    /// </summary>
    private static bool IsLabel(string word) =>
        ListMarkers.Match(word + " x") != null || (word.Length <= 3 && word.All(char.IsAsciiDigit));

    private static State StateOf(TextLine line, (double Start, double End)[] gaps, double x)
    {
        if (line.Right <= x || line.Left >= x)
        {
            return State.Neutral;
        }

        return Spans(gaps, x) ? State.Supports : State.Blocks;
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
