using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>
/// Heading levels from the document's own hierarchy. Tagged levels are the author's and stay as they are. Guessed
/// headings are grouped by style (size, then weight); section numbers ("2.3 Title", "A.1", "Chapter 3") give each
/// numbered style its level, and unnumbered styles slot in by size between them. With no numbering at all, styles
/// ranked largest first give levels 1, 2, 3…. The first heading keeps its level (a page that starts at "8.3" starts
/// at level 2); after it, a guessed level steps down at most one at a time. Unnumbered headings whose largest style
/// is only a little larger than the body text start at level 2 (see <see cref="SubsectionSize"/>).
/// </summary>
internal static class HeadingLeveler
{
    /// <summary>
    /// Below this ratio to the body size the largest unnumbered heading style is a second-level heading. LaTeX sets
    /// <c>\section</c> at 1.3–1.45 times the body and <c>\subsection</c> at 1.1–1.2 times (at 10, 11 and 12 pt), HTML
    /// printers <c>h1</c> at 2 and <c>h2</c> at 1.5 times: a page whose biggest heading is barely larger than its text
    /// is a subsection printed alone, and calling it h1 would shift every level of it.
    /// </summary>
    public const double SubsectionSize = 1.25;

    /// <param name="drafts">The whole document's drafts in reading order.</param>
    /// <param name="bodySize">The body text size; 0 when unknown (no size-based top level).</param>
    public static void Assign(List<Draft> drafts, double bodySize = 0)
    {
        var guessed = drafts.Where(d => d is { Role: BlockRole.Heading, Absorbed: false } && (d.Level == 0 || d.LevelFromToc)).ToList();
        var tagged = drafts.Where(d => d is { Role: BlockRole.Heading, Absorbed: false, LevelFromToc: false } && d.Level > 0).ToList();
        var styles = guessed.Select(Style).Distinct()
            .OrderByDescending(s => s.Size).ThenByDescending(s => s.Bold).ThenBy(s => s.RunIn)
            .ToList();
        // A larger unnumbered style above the numbered ones (a document title over "1 Introduction") pushes the
        // numbered levels down by its rank; a section printed alone ("8.3 Types" as the top style) keeps its depth.
        var shifts = guessed.Where(d => !d.LevelFromToc && ListMarkers.NumberingDepth(d.Text) > 0)
            .Select(d => styles.IndexOf(Style(d)) + 1 - ListMarkers.NumberingDepth(d.Text)).ToList();
        var shift = shifts.Count == 0 ? 0 : Math.Max(0, shifts.GroupBy(x => x).MaxBy(g => g.Count())!.Key);
        var levels = StyleLevels(guessed, styles, shift);

        // In a partly tagged document, guessed headings slot in under the tagged levels of similar size.
        var offset = tagged.Count > 0 && levels.Count == 0 ? tagged.Min(d => d.Level) - 1
            : tagged.Count == 0 && levels.Count == 0 && styles.Count > 0 && !styles[0].RunIn
              && styles[0].Size > bodySize * 1.05 && styles[0].Size < bodySize * SubsectionSize ? 1
            : 0;
        foreach (var d in guessed)
        {
            d.StyleRank = styles.IndexOf(Style(d));
            var depth = ListMarkers.NumberingDepth(d.Text);
            d.Level = d.LevelFromToc ? d.Level
                : depth > 0 && levels.Count > 0 ? depth + shift
                : levels.GetValueOrDefault(Style(d), d.StyleRank + 1) + offset;
        }

        Normalize(drafts.Where(d => d is { Role: BlockRole.Heading, Absorbed: false }), guessed.ToHashSet());
    }

    /// <summary>
    /// The level of each style from the numbered headings that use it (the most common depth); an unnumbered style
    /// one below the nearest larger numbered style, or one above the nearest smaller. Empty when no heading is
    /// numbered.
    /// </summary>
    public static Dictionary<(double Size, bool Bold, bool RunIn), int> StyleLevels(List<Draft> headings, List<(double Size, bool Bold, bool RunIn)> styles, int shift = 0)
    {
        // Evidence of a style's level: a table-of-contents entry naming the heading, else its section number.
        var numbered = headings.Select(d => (Style: Style(d), Depth: d.LevelFromToc ? d.Level : ListMarkers.NumberingDepth(d.Text) is > 0 and var n ? n + shift : 0))
            .Where(x => x.Depth > 0).ToList();
        var levels = new Dictionary<(double Size, bool Bold, bool RunIn), int>();
        if (numbered.Count == 0)
        {
            return levels;
        }

        foreach (var g in numbered.GroupBy(x => x.Style))
        {
            levels[g.Key] = g.GroupBy(x => x.Depth).MaxBy(d => d.Count())!.Key;
        }

        var known = styles.Select(s => levels.TryGetValue(s, out var l) ? l : 0).ToList();
        for (var i = 0; i < styles.Count; i++)
        {
            if (known[i] > 0)
            {
                continue;
            }

            var above = Enumerable.Range(0, i).Reverse().FirstOrDefault(j => known[j] > 0, -1);
            var below = Enumerable.Range(i + 1, styles.Count - i - 1).FirstOrDefault(j => known[j] > 0, -1);
            levels[styles[i]] = above >= 0 ? known[above] + (i - above) : Math.Max(1, known[below] - (below - i));
        }

        return levels;
    }

    /// <summary>
    /// Clamps levels to 1–6; a guessed level may be at most one deeper than the heading before it, but the first
    /// heading keeps its own level, and tagged levels are never moved.
    /// </summary>
    public static void Normalize(IEnumerable<Draft> headings, IReadOnlySet<Draft>? guessed = null)
    {
        var previous = 0;
        foreach (var d in headings)
        {
            var movable = guessed == null || guessed.Contains(d);
            d.Level = Math.Clamp(movable && previous > 0 ? Math.Min(d.Level, previous + 1) : d.Level, 1, 6);
            previous = d.Level;
        }
    }

    /// <summary>A heading's style; a run-in heading is bold at its paragraph's size, and ranks below a heading of its own line.</summary>
    private static (double Size, bool Bold, bool RunIn) Style(Draft d) =>
        (Math.Round(d.Source.FontSize * 2) / 2, d.RunIn || Emphasis.IsBold(d.Source, 0.5), d.RunIn);
}
