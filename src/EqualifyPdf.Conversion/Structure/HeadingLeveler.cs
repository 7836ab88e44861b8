using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>
/// Heading levels from the whole document: distinct heading styles (size, then weight) ranked largest first give
/// levels 1, 2, 3…; section numbers ("2.3 Title") refine them. Levels are then made to step down at most one at a
/// time, so the output never skips a level and never flattens every heading to one.
/// </summary>
internal static class HeadingLeveler
{
    public static void Assign(List<Draft> drafts)
    {
        var guessed = drafts.Where(d => d is { Role: BlockRole.Heading, Level: 0, Absorbed: false }).ToList();
        var tagged = drafts.Where(d => d is { Role: BlockRole.Heading, Absorbed: false } && d.Level > 0).ToList();
        var styles = guessed.Select(Style).Distinct()
            .OrderByDescending(s => s.Size).ThenByDescending(s => s.Bold)
            .ToList();

        // In a partly tagged document, guessed headings slot in under the tagged levels of similar size.
        var offset = tagged.Count > 0 ? tagged.Min(d => d.Level) - 1 : 0;
        foreach (var d in guessed)
        {
            d.StyleRank = styles.IndexOf(Style(d));
            d.Level = d.StyleRank + 1 + offset;
        }

        var numbered = guessed.Select(d => (Draft: d, Depth: ListMarkers.NumberingDepth(d.Text))).Where(x => x.Depth > 0).ToList();
        if (numbered.Count >= 2)
        {
            var shift = numbered.GroupBy(x => x.Draft.Level - x.Depth).MaxBy(g => g.Count())!.Key;
            foreach (var (d, depth) in numbered)
            {
                d.Level = depth + Math.Max(shift, 0);
            }
        }

        Normalize(drafts);
    }

    /// <summary>Clamps levels to 1–6 and to at most one deeper than the heading before.</summary>
    public static void Normalize(IEnumerable<Draft> drafts)
    {
        var previous = 0;
        foreach (var d in drafts.Where(d => d is { Role: BlockRole.Heading, Absorbed: false }))
        {
            d.Level = Math.Clamp(Math.Min(d.Level, previous + 1), 1, 6);
            previous = d.Level;
        }
    }

    private static (double Size, bool Bold) Style(Draft d) => (Math.Round(d.Source.FontSize * 2) / 2, d.Source.BoldFraction >= 0.5);
}
