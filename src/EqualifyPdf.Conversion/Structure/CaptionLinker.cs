using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>Attaches "Figure 3: …" / "Table 2: …" captions to the nearest figure or table just above or below them.</summary>
internal static class CaptionLinker
{
    public static void Link(List<Draft> pageDrafts, double bodySize)
    {
        foreach (var target in pageDrafts.Where(d => d.Role is BlockRole.Figure or BlockRole.Table))
        {
            var wantTable = target.Role == BlockRole.Table;
            var best = pageDrafts
                .Where(d => d.IsCaption && !d.Absorbed && d.Role is BlockRole.Paragraph or BlockRole.Footnote or BlockRole.Quote
                    && d.Text.StartsWith("Tab", StringComparison.OrdinalIgnoreCase) == wantTable)
                .Select(d => (Draft: d, Distance: Distance(target, d)))
                .Where(x => x.Distance < 4 * bodySize)
                .OrderBy(x => x.Distance)
                .FirstOrDefault();
            if (best.Draft == null)
            {
                continue;
            }

            best.Draft.Absorbed = true;
            target.Caption = best.Draft.Text;
        }
    }

    /// <summary>Vertical distance between the blocks, infinite when they do not overlap horizontally.</summary>
    private static double Distance(Draft a, Draft b)
    {
        var x = a.Source;
        var y = b.Source;
        if (y.Right < x.Left || y.Left > x.Right)
        {
            return double.PositiveInfinity;
        }

        return y.Top >= x.Bottom ? y.Top - x.Bottom : x.Top >= y.Bottom ? x.Top - y.Bottom : 0;
    }
}
