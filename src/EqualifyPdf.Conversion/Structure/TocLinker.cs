using EqualifyPdf.Conversion.Layout;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>
/// Finishes printed tables of contents once the whole document is known: joins one broken by a page, gives each
/// entry its level (numbering first, indentation otherwise) and lets each entry name its heading: a line printed
/// with the entry's title becomes a heading of the entry's level, so the first heading of a LaTeX document is not
/// lost and its levels follow the document's own outline.
/// </summary>
internal static class TocLinker
{
    /// <summary>Indents closer than this (points) are one level.</summary>
    private const double IndentTolerance = 3;

    public static Draft Draft(LayoutBlock block) => new()
    {
        Source = block,
        Role = BlockRole.TableOfContents,
        Text = block.Item!.TocTitle,
        Confidence = 0.9,
        Entries = [],
    };

    /// <param name="drafts">The document's drafts in reading order.</param>
    /// <param name="joiner">Undoes hyphenation in entry titles.</param>
    /// <param name="joinAcrossPages">Join a table of contents broken by a page (off for per-page text).</param>
    public static void Link(List<Draft> drafts, TextJoiner joiner, bool joinAcrossPages)
    {
        var live = drafts.Where(d => !d.Absorbed).ToList();
        Draft? open = null;
        Draft? index = null;
        var rows = new Dictionary<Draft, List<TocLine>>();
        foreach (var d in live)
        {
            if (d.Role == BlockRole.Heading && d.Text.Trim().Length > 3)
            {
                index = null;
            }

            if (d.Role != BlockRole.TableOfContents)
            {
                // An index's letter heads ("A", "B", "!") sit between its runs of entries: they belong to it.
                if (open != null && joinAcrossPages && open.Text == TocDetector.IndexTitle && d.Text.Trim().Length <= 2)
                {
                    d.Absorbed = true;
                    continue;
                }

                open = null;
                continue;
            }

            if (open != null && joinAcrossPages)
            {
                if (d.Text == TocDetector.IndexTitle)
                {
                    open.Text = TocDetector.IndexTitle;
                }

                // A table of contents running on to the next page.
                rows[open].AddRange(d.Source.Item!.Toc!);
                d.Absorbed = true;
                index = open.Text == TocDetector.IndexTitle ? open : index;
                continue;
            }

            // An untitled run whose page numbers happen to rise, after an index with no section between: the
            // index goes on (a two-column index page is cut into runs by stray lines, a running head).
            if (index != null && d.Text.Length == 0)
            {
                d.Text = TocDetector.IndexTitle;
                if (joinAcrossPages)
                {
                    rows[index].AddRange(d.Source.Item!.Toc!);
                    d.Absorbed = true;
                    open = index;
                    continue;
                }
            }

            open = d;
            index = d.Text == TocDetector.IndexTitle ? d : null;
            rows[d] = [.. d.Source.Item!.Toc!];
        }

        foreach (var (toc, lines) in rows)
        {
            toc.Entries = Levels(lines).Select((level, i) => new TocEntry(joiner.Join(lines[i].Title.Split('\n')), level)).ToList();
            if (!toc.Text.StartsWith("List of", StringComparison.OrdinalIgnoreCase) && toc.Text != TocDetector.IndexTitle)
            {
                NameHeadings(live, live.IndexOf(toc) + 1, toc.Entries);
            }
        }
    }

    /// <summary>Entry levels: the section number's depth where there is one, else the indent rank moved to agree with it.</summary>
    public static List<int> Levels(IReadOnlyList<TocLine> lines)
    {
        var indents = new List<double>();
        foreach (var x in lines.Select(l => l.Indent).Order())
        {
            if (indents.Count == 0 || x - indents[^1] > IndentTolerance)
            {
                indents.Add(x);
            }
        }

        var ranks = lines.Select(l => indents.FindLastIndex(x => l.Indent >= x - IndentTolerance) + 1).ToList();
        var depths = lines.Select(l => ListMarkers.NumberingDepth(l.Title)).ToList();
        var shifts = ranks.Zip(depths).Where(p => p.Second > 0).Select(p => p.Second - p.First).ToList();
        var shift = shifts.Count == 0 ? 0 : shifts.GroupBy(s => s).MaxBy(g => g.Count())!.Key;
        return ranks.Zip(depths).Select(p => Math.Clamp(p.Second > 0 ? p.Second : p.First + shift, 1, 6)).ToList();
    }

    private static void NameHeadings(List<Draft> drafts, int start, IReadOnlyList<TocEntry> entries)
    {
        var next = start;
        foreach (var entry in entries)
        {
            var key = Key(entry.Text);
            for (var i = next; i < drafts.Count; i++)
            {
                var d = drafts[i];
                if (d.Absorbed || d.Source.Tag != null || d.Role is not (BlockRole.Heading or BlockRole.Paragraph)
                    || (d.Role == BlockRole.Paragraph && d.Source.Lines.Count > 3) || Key(d.Text) != key)
                {
                    continue;
                }

                d.Role = BlockRole.Heading;
                d.Level = entry.Level;
                d.LevelFromToc = true;
                next = i + 1;
                break;
            }
        }
    }

    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
