using System.Text.RegularExpressions;
using EqualifyPdf.Conversion.Extraction;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>
/// Removes running headers, footers and page numbers: lines in the top or bottom margin band whose text (digits
/// ignored) recurs on many pages, and margin lines that are nothing but a page number.
/// </summary>
internal static partial class HeaderFooterFilter
{
    /// <summary>Fraction of the page height searched at the top and at the bottom.</summary>
    private const double MarginBand = 0.12;

    public static void Apply(IReadOnlyList<PageContent> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in MarginLines(page).Select(l => Key(l.Text)).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var threshold = Math.Max(2, (int)Math.Ceiling(pages.Count * 0.4));
        var body = PageLayout.BodySize(pages.SelectMany(p => p.Lines));
        foreach (var page in pages)
        {
            var margin = MarginLines(page).ToList();
            foreach (var line in margin)
            {
                // Numbers alone say nothing: table cells ("12.0%") recur as often as page numbers do.
                var repeated = counts.GetValueOrDefault(Key(line.Text)) >= threshold && line.Text.Count(char.IsLetter) >= 3;
                var pageNumber = PageNumber().IsMatch(line.Text) && AloneOnItsRow(line, page);
                if (repeated || pageNumber || IsFurniture(line, page, body))
                {
                    line.Consumed = true;
                }
            }
        }
    }

    private static IEnumerable<TextLine> MarginLines(PageContent page)
    {
        var top = page.Height * MarginBand;
        var bottom = page.Height * (1 - MarginBand);

        // Only the outermost lines: a first paragraph near the top edge must not count as a header.
        var lines = page.Lines.Where(l => !l.Consumed).ToList();
        if (lines.Count == 0)
        {
            return [];
        }

        var first = lines.Min(l => l.Top);
        var last = lines.Max(l => l.Bottom);
        return lines.Where(l => (l.Bottom <= top && l.Top <= first + (3 * l.FontSize) && !UnderRule(l, page))
            || (l.Top >= bottom && l.Bottom >= last - (3 * l.FontSize)));
    }

    /// <summary>
    /// A line just under a rule across it: the header a table repeats at the top of each page under its top rule.
    /// A running header has its rule under it, not above.
    /// </summary>
    private static bool UnderRule(TextLine line, PageContent page) =>
        page.Rulings.Any(r => r.IsHorizontal && r.Y1 < line.Top && line.Top - r.Y1 <= 3 * line.FontSize && r.X1 <= line.Left + 1 && r.X2 >= line.Right - 1);

    /// <summary>
    /// A one-off header or footer: in a tagged PDF, margin text outside the structure tree (an artifact); otherwise a
    /// short line in small type at the very edge of the page that is not a footnote.
    /// </summary>
    private static bool IsFurniture(TextLine line, PageContent page, double body)
    {
        if (page.Tags is { Count: > 0 })
        {
            return line.Words.All(w => w.Mcid < 0);
        }

        return line.FontSize <= 0.8 * body && line.Words.Count <= 12 && !FootnoteMark().IsMatch(line.Text)
            && !page.Lines.Any(o => !o.Consumed && !ReferenceEquals(o, line) && (o.Top < line.Top) == (line.Top < page.Height / 2) && o.FontSize <= 0.8 * body);
    }

    private static bool AloneOnItsRow(TextLine line, PageContent page) =>
        !page.Lines.Any(o => !ReferenceEquals(o, line) && o.Top < line.Bottom && o.Bottom > line.Top);

    private static string Key(string text) => Digits().Replace(text.Trim().ToLowerInvariant(), "#");

    [GeneratedRegex(@"^(?:\d{1,3}|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰])")]
    private static partial Regex FootnoteMark();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\s*(?:[-–—]\s*)?(?:page\s+)?(?:\d{1,4}|[ivxlcdm]{1,6})(?:\s*(?:/|of)\s*\d{1,4})?(?:\s*[-–—])?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
