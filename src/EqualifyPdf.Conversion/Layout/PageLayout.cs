using EqualifyPdf.Conversion.Extraction;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>One page's layout analysis: tables and figures first, then the remaining lines, all put in reading order.</summary>
internal static class PageLayout
{
    public static List<List<LayoutItem>> Analyze(PageContent page)
    {
        if (page.Tags is { Count: > 0 })
        {
            page.Lines.ForEach(l => l.Tag = BlockGrouper.TagOf(l, page.Tags));
        }

        var items = new List<LayoutItem>();
        items.AddRange(TaggedTableBuilder.Build(page));
        items.AddRange(RuledTableDetector.Detect(page.Rulings, page.Lines));
        foreach (var image in page.Images)
        {
            items.Add(new LayoutItem
            {
                Kind = LayoutKind.Figure,
                Left = image.Left,
                Top = image.Top,
                Right = image.Right,
                Bottom = image.Bottom,
                Image = image,
                Alt = image.Alt,
            });
        }

        items.AddRange(page.Lines.Where(l => !l.Consumed).Select(LayoutItem.ForLine));
        return items.Count == 0 ? [] : ReadingOrder.Regions(items, BodySize(page.Lines));
    }

    /// <summary>The font size carrying most characters on the page.</summary>
    public static double BodySize(IEnumerable<TextLine> lines) =>
        lines.GroupBy(l => Math.Round(l.FontSize))
            .Select(g => (Size: g.Key, Chars: g.Sum(l => l.Text.Length)))
            .DefaultIfEmpty((Size: 10, Chars: 0))
            .MaxBy(x => x.Chars).Size;
}
