using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>
/// Joins a paragraph broken by a column break (merged into one block) or by a page break (the next page's part is
/// marked <see cref="Block.ContinuesPrevious"/>), when the first part stops mid-sentence in the same font.
/// </summary>
internal static class ContinuationMerger
{
    public static void Merge(List<List<Draft>> pages, TextJoiner joiner)
    {
        Draft? lastOfPreviousPage = null;
        foreach (var page in pages)
        {
            Draft? previous = null;
            foreach (var d in page.Where(d => !d.Absorbed && !d.IsCaption && d.Role != BlockRole.Footnote))
            {
                if (previous != null && previous.Source.Region != d.Source.Region && Continues(previous, d))
                {
                    previous.Text = joiner.Join([previous.Text, d.Text]);
                    previous.ExtraLines.AddRange(d.Source.Lines);
                    d.Absorbed = true;
                    continue;
                }

                if (previous == null && lastOfPreviousPage != null && Continues(lastOfPreviousPage, d))
                {
                    d.ContinuesPrevious = true;
                }

                previous = d;
            }

            lastOfPreviousPage = previous;
        }
    }

    private static bool Continues(Draft first, Draft next)
    {
        if (first.Role != BlockRole.Paragraph || next.Role != BlockRole.Paragraph || first.Text.Length == 0 || next.Text.Length == 0)
        {
            return false;
        }

        if (first.Source.Tag is { } a && next.Source.Tag is { } b)
        {
            return a.ElementId == b.ElementId;
        }

        var sameFont = Math.Abs(first.Source.FontSize - next.Source.FontSize) <= 0.6
            && Math.Abs(first.Source.BoldFraction - next.Source.BoldFraction) < 0.5;
        var open = !".!?:\"”’)".Contains(first.Text[^1], StringComparison.Ordinal);
        return sameFont && (open || char.IsLower(next.Text[0]));
    }
}
