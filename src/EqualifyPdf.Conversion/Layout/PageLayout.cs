using EqualifyPdf.Conversion.Extraction;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>One page's layout analysis: tables and figures first, then the remaining lines, all put in reading order.</summary>
internal static class PageLayout
{
    public static List<List<LayoutItem>> Analyze(PageContent page)
    {
        if (page.Tags is { Count: > 0 })
        {
            TreeLineSplitter.Split(page.Lines, page.Tags);
            page.Lines.ForEach(l => l.Tag = BlockGrouper.TagOf(l, page.Tags));
        }

        var items = new List<LayoutItem>();
        if (page.Tags is not { Count: > 0 })
        {
            // Before tables: a table of contents is a grid of titles and page numbers, and never a table.
            items.AddRange(TocDetector.Detect(page.Lines, BodySize(page.Lines)));
        }

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
        if (items.Count == 0)
        {
            return [];
        }

        var regions = ReadingOrder.Regions(items, BodySize(page.Lines), page.Rulings.Where(r => r.IsHorizontal).ToList());
        return page.Tags is { Count: > 0 } tags ? TreeOrder.Apply(regions, tags, page.Lines) : regions;
    }

    /// <summary>The font size carrying most characters on the page.</summary>
    /// <remarks>
    /// Runs per page and over the whole document, so it counts into a small table instead of grouping with LINQ. Ties
    /// go to the size seen first, as with GroupBy and MaxBy.
    /// </remarks>
    public static double BodySize(IEnumerable<TextLine> lines)
    {
        var sizes = new List<(double Size, int Chars)>();
        foreach (var line in lines)
        {
            var size = Math.Round(line.FontSize);
            var i = 0;
            while (i < sizes.Count && !sizes[i].Size.Equals(size))
            {
                i++;
            }

            if (i == sizes.Count)
            {
                sizes.Add((size, line.Text.Length));
            }
            else
            {
                sizes[i] = (size, sizes[i].Chars + line.Text.Length);
            }
        }

        var best = (Size: 10.0, Chars: 0);
        for (var i = 0; i < sizes.Count; i++)
        {
            if (i == 0 || sizes[i].Chars > best.Chars)
            {
                best = sizes[i];
            }
        }

        return best.Size;
    }
}
