namespace EqualifyPdf.Conversion.Layout;

/// <summary>
/// Orders a page's items column by column. Rows are grouped into bands of one column structure; a band with a
/// column gap is split at it and each side ordered recursively (left before right), so a full-width heading above
/// two columns, a sidebar beside the text, or a figure beside a paragraph all read in the right order. Bands that
/// look like a grid of short cells become unruled tables instead of columns.
/// </summary>
internal static class ReadingOrder
{
    private const int MaxDepth = 12;

    /// <summary>Returns regions (single columns) in reading order, each sorted top to bottom.</summary>
    /// <param name="items">The page's items.</param>
    /// <param name="bodySize">The page's body font size.</param>
    /// <param name="rules">Horizontal rules drawn on the page (a booktabs rule under a row marks it a header).</param>
    public static List<List<LayoutItem>> Regions(List<LayoutItem> items, double bodySize, IReadOnlyList<Extraction.Ruling>? rules = null)
    {
        var output = new List<List<LayoutItem>>();
        Split(items, Math.Max(bodySize, 4), output, 0, rules ?? []);
        return output;
    }

    private static void Split(List<LayoutItem> items, double size, List<List<LayoutItem>> output, int depth, IReadOnlyList<Extraction.Ruling> rules)
    {
        if (items.Count == 0)
        {
            return;
        }

        // Lines are already split at wide gaps and at column rivers, so any clear gap between segments may be a column gap.
        var minGap = Math.Max(3, 0.4 * size);
        var x0 = items.Min(i => i.Left);
        var x1 = items.Max(i => i.Right);
        var bands = Band.Build(Row.Build(items), x0, x1, minGap);
        List<LayoutItem>? open = null;
        Emitted? previous = null;
        foreach (var band in bands)
        {
            var before = output.Count;
            var separators = band.Separators();
            if (separators.Count == 0 || depth >= MaxDepth)
            {
                // Consecutive single-column bands form one region so paragraphs can run on across them.
                if (open == null)
                {
                    open = [];
                    output.Add(open);
                }

                open.AddRange(band.Items.OrderBy(i => i.Top).ThenBy(i => i.Left));
                previous = null;
                continue;
            }

            open = null;
            // A last row whose first cell runs close to the next column forms a band of its own: it still belongs to the table above.
            var continuesTable = previous is { IsTable: true } t && band.Rows[0].Top - t.Rows[^1].Bottom < 2 * size && IsHeaderLike(band.Rows);
            if (continuesTable || UnruledTableDetector.LooksLikeTable(band, separators))
            {
                // A table whose column gaps drift between rows arrives as several bands, and a header row set
                // differently from the data often forms a band of its own: rebuild them as one table.
                // "Table 1: …" written over the first columns is the caption, not a row; nor is a heading just above it.
                var captions = band.Rows.TakeWhile(r => IsCaption(r) || IsHeading(r, size)).ToList();
                var bandRows = band.Rows.Skip(captions.Count).ToList();
                var join = captions.Count == 0 && previous is { } p && bandRows[0].Top - p.Rows[^1].Bottom < 2 * size && (p.IsTable || IsHeaderLike(p.Rows));
                var rows = join ? [.. previous!.Rows, .. bandRows] : bandRows;
                var stray = rows.Skip(BottomRule.RowsAbove(rows, rules)).ToList();
                rows = rows[..^stray.Count];
                if (UnruledTableDetector.Build(rows, rules) is { } table)
                {
                    if (join)
                    {
                        output.RemoveRange(previous!.OutputIndex, output.Count - previous.OutputIndex);
                        before = previous.OutputIndex;
                    }

                    if (captions.Count > 0)
                    {
                        output.Add(captions.SelectMany(r => r.Items).ToList());
                    }

                    output.Add([table]);
                    previous = new Emitted(rows, before, true);
                    if (stray.Count > 0)
                    {
                        // Lines below the bottom rule: the table has ended, and they read on as text.
                        output.Add(stray.SelectMany(r => r.Items).ToList());
                        previous = null;
                    }

                    continue;
                }
            }

            var widest = separators.MaxBy(g => g.Width);
            if (SectionBreak(band, widest, size) is { } at)
            {
                // A full-width heading too short to cross the gutter still ends the columns above it.
                open = null;
                Split(band.Rows.Take(at).SelectMany(r => r.Items).ToList(), size, output, depth + 1, rules);
                Split(band.Rows.Skip(at).SelectMany(r => r.Items).ToList(), size, output, depth + 1, rules);
                previous = new Emitted(band.Rows, before, false);
                continue;
            }

            var left = band.Items.Where(i => i.Right <= widest.Start + 0.5).ToList();
            var right = band.Items.Where(i => i.Right > widest.Start + 0.5).ToList();
            Split(left, size, output, depth + 1, rules);
            Split(right, size, output, depth + 1, rules);
            previous = new Emitted(band.Rows, before, false);
        }
    }

    /// <summary>
    /// The index of a heading row that lies on one side of the gutter while the other column is empty around it and
    /// has content both above and below it: the start of a new column section, not a line of the left column.
    /// </summary>
    private static int? SectionBreak(Band band, Gap gutter, double size)
    {
        for (var r = 1; r < band.Rows.Count - 1; r++)
        {
            var row = band.Rows[r];
            var left = row.Items.All(i => i.Right <= gutter.Start + 0.5);
            var heading = row.Items.All(i => i.Kind == LayoutKind.Line && (i.Line!.FontSize >= 1.15 * size || i.Line.BoldFraction > 0.8));
            if (!heading || (!left && !row.Items.All(i => i.Left >= gutter.End - 0.5)))
            {
                continue;
            }

            bool OtherSide(LayoutItem i) => left ? i.Left >= gutter.End - 0.5 : i.Right <= gutter.Start + 0.5;
            var other = band.Items.Where(OtherSide).ToList();
            var clear = !other.Any(i => i.Top < row.Bottom + (0.5 * size) && i.Bottom > row.Top - (0.5 * size));
            if (clear && other.Any(i => i.Bottom <= row.Top) && other.Any(i => i.Top >= row.Bottom))
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>A lone line set larger than the body (or a little larger and bold): a section heading, never a table's row.</summary>
    private static bool IsHeading(Row row, double size) =>
        row.Items.Count == 1 && row.Items[0].Line is { } line && line.Words.Count <= 15
        && (line.FontSize >= 1.15 * size || (line.FontSize >= 1.05 * size && line.BoldFraction >= 0.8));

    private static bool IsCaption(Row row) =>
        row.Items.Count == 1 && row.Items[0].Line is { } line && Structure.BlockClassifier.CaptionPattern().IsMatch(line.Text);

    /// <summary>One or two rows of several short text segments: a table's header row.</summary>
    private static bool IsHeaderLike(List<Row> rows) =>
        rows.Count <= 2 && rows.All(r => r.Items.Count >= 2 && r.Items.All(i => i.Kind == LayoutKind.Line && i.Line!.Words.Count <= 6));

    /// <summary>A band already written to the output, from <paramref name="OutputIndex"/> on.</summary>
    private sealed record Emitted(List<Row> Rows, int OutputIndex, bool IsTable);
}
