namespace EqualifyPdf.Conversion.Extraction;

/// <summary>
/// Puts superscripts and subscripts (footnote marks, exponents) back on the line they belong to. Their raised or
/// lowered baseline makes the row builder see a line of their own, which would then read before or after the line.
/// </summary>
internal static class Superscripts
{
    public static List<TextLine> Attach(List<TextLine> lines)
    {
        var small = lines.Where(l => l.Words.Count <= 2 && l.Text.Length <= 4).ToList();
        if (small.Count == 0)
        {
            return lines;
        }

        var merged = new Dictionary<TextLine, List<TextWord>>(ReferenceEqualityComparer.Instance);
        var absorbed = new HashSet<TextLine>(ReferenceEqualityComparer.Instance);
        foreach (var s in small)
        {
            var host = lines.FirstOrDefault(l => !ReferenceEquals(l, s) && !absorbed.Contains(l) && s.FontSize <= 0.8 * l.FontSize
                && s.Top < l.Bottom && s.Bottom > l.Top
                && (Math.Abs(s.Left - l.Right) <= 0.5 * l.FontSize || Math.Abs(l.Left - s.Right) <= 0.5 * l.FontSize));
            if (host == null || absorbed.Contains(s))
            {
                continue;
            }

            (merged.TryGetValue(host, out var words) ? words : merged[host] = [.. host.Words]).AddRange(s.Words);
            absorbed.Add(s);
        }

        return lines.Where(l => !absorbed.Contains(l))
            .Select(l => merged.TryGetValue(l, out var words) ? new TextLine([.. words.OrderBy(w => w.Left)]) : l)
            .ToList();
    }
}
