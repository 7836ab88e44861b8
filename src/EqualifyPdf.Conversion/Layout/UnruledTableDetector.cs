using EqualifyPdf.Conversion.Extraction;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>
/// Tells a grid of short, ragged cells (a table without rules) from columns of prose, whose lines mostly run the
/// full column width, and builds the table. Cell boundaries come from word-level "rivers": x ranges that no word
/// of any row touches, which finds columns set closer together than the gap that splits lines into segments.
/// </summary>
internal static class UnruledTableDetector
{
    /// <summary>Narrowest river between two columns, in points.</summary>
    private const double MinRiver = 3.5;

    /// <summary>
    /// Narrowest river as a share of the font size: a word space (about a third of it, more in justified text) lines
    /// up across a few short rows by chance, while cells sit at least a column separation apart (LaTeX's is 12 pt).
    /// </summary>
    private const double MinRiverEm = 0.6;

    public static bool LooksLikeTable(Band band, List<Gap> separators)
    {
        var items = band.Items.ToList();
        if (band.Rows.Count < 2 || items.Any(i => i.Kind != LayoutKind.Line))
        {
            return false;
        }

        // In a tagged PDF the author said what these lines are; tables among them were already built from the tags.
        if (items.Count(i => i.Line!.TagRole is not (null or "TD" or "TH" or "TR" or "Table")) * 2 > items.Count)
        {
            return false;
        }

        // Aligned monospace lines are code (a listing, a shell session, a query result), kept as code.
        if (items.Sum(i => i.Line!.MonospaceFraction * i.Line.Text.Length) > 0.6 * items.Sum(i => i.Line!.Text.Length))
        {
            return false;
        }

        var bounds = separators.Select(g => (g.Start + g.End) / 2).ToList();
        int ColumnOf(LayoutItem i) => bounds.Count(b => (i.Left + i.Right) / 2 > b);
        var multi = band.Rows.Count(r => r.Items.Select(ColumnOf).Distinct().Count() >= 2);
        return multi >= 2 && multi >= 0.5 * band.Rows.Count && !LooksLikeProse(items, ColumnOf, bounds.Count + 1);
    }

    public static LayoutItem? Build(List<Row> bandRows, IReadOnlyList<Ruling>? rules = null)
    {
        var items = bandRows.SelectMany(r => r.Items).ToList();
        // Header cells are often centred or wider than their column; the data rows define the columns.
        var dataRows = bandRows.Count >= 3 ? bandRows.Skip(1) : bandRows;
        var gaps = Rivers(dataRows.SelectMany(r => r.Items).SelectMany(i => i.Line!.Words).ToList());
        var headerWords = bandRows.Count >= 3 ? bandRows[0].Items.SelectMany(i => i.Line!.Words).ToList() : [];
        var rivers = gaps.Select(g => Boundary(g, headerWords)).ToList();
        if (rivers.Count == 0)
        {
            return null;
        }

        var columns = rivers.Count + 1;
        int ColumnOf(TextWord w) => rivers.Count(r => w.CenterX > r);
        var rows = new List<List<GridCell>>();
        foreach (var row in bandRows)
        {
            var rowWords = row.Items.SelectMany(i => i.Line!.Words).OrderBy(w => Math.Round(w.Baseline)).ThenBy(w => w.Left).ToList();
            var cells = Enumerable.Range(0, columns).Select(c => rowWords.Where(w => ColumnOf(w) == c).ToList()).ToList();

            // A row with nothing in the first column continues the cells of the row above (wrapped cell text).
            if (rows.Count > 0 && cells[0].Count == 0)
            {
                var previous = rows[^1];
                for (var c = 0; c < columns; c++)
                {
                    if (cells[c].Count > 0)
                    {
                        previous[c] = previous[c] with { Text = (previous[c].Text + " " + Join(cells[c])).Trim() };
                    }
                }

                continue;
            }

            rows.Add(cells.Select(list => new GridCell(Join(list), 1, list.Count > 0 && list.All(w => w.Bold))).ToList());
        }

        if (rows.Count < 2)
        {
            return null;
        }

        // A header row is set bold, or ruled off from the data (booktabs: \toprule, header, \midrule); with neither,
        // nothing says the first row is a header.
        var header = rows[0].Where(c => c.Text.Length > 0).All(c => c.Bold) || RuledOff(bandRows, items, rules) ? 1 : 0;
        var rowHeaders = rows.Count > 2 && rows.Skip(1).All(r => r[0].Bold) && !rows.Skip(1).All(r => r.All(c => c.Bold || c.Text.Length == 0));
        return new LayoutItem
        {
            Kind = LayoutKind.Table,
            Left = items.Min(i => i.Left),
            Top = items.Min(i => i.Top),
            Right = items.Max(i => i.Right),
            Bottom = items.Max(i => i.Bottom),
            Table = new TableGrid(rows, header, rowHeaders),
        };
    }

    /// <summary>A horizontal rule across most of the table between its first and second row.</summary>
    private static bool RuledOff(List<Row> bandRows, List<LayoutItem> items, IReadOnlyList<Ruling>? rules)
    {
        if (rules is not { Count: > 0 } || bandRows.Count < 2)
        {
            return false;
        }

        var (left, right) = (items.Min(i => i.Left), items.Max(i => i.Right));
        var (above, below) = (bandRows[0].Bottom - 1, bandRows[1].Top + 1);
        return rules.Any(r => r.Y1 >= above && r.Y1 <= below && Math.Min(r.X2, right) - Math.Max(r.X1, left) >= 0.5 * (right - left));
    }

    /// <summary>The x ranges free of words in every row, left to right.</summary>
    private static List<Gap> Rivers(List<TextWord> words)
    {
        var rivers = new List<Gap>();
        var cursor = double.NaN;
        var sizes = words.Select(w => w.FontSize).Order().ToList();
        var minRiver = sizes.Count == 0 ? MinRiver : Math.Max(MinRiver, MinRiverEm * sizes[sizes.Count / 2]);
        foreach (var w in words.OrderBy(w => w.Left))
        {
            if (!double.IsNaN(cursor) && w.Left - cursor >= minRiver)
            {
                rivers.Add(new Gap(cursor, w.Left));
            }

            cursor = double.IsNaN(cursor) ? w.Right : Math.Max(cursor, w.Right);
        }

        return rivers;
    }

    /// <summary>
    /// Where in a river of the data rows the column boundary lies. A header cell wider than its column's data (a
    /// left-aligned column sized to its header) reaches into the river, so the boundary goes in the widest part of
    /// the river the header leaves free, which is the column separation; the river's middle when the header leaves
    /// none (a header spanning the columns).
    /// </summary>
    private static double Boundary(Gap river, List<TextWord> header)
    {
        var best = (Start: double.NaN, Width: 0.0);
        var cursor = river.Start;
        foreach (var w in header.Where(w => w.Right > river.Start && w.Left < river.End).OrderBy(w => w.Left))
        {
            if (w.Left - cursor > best.Width)
            {
                best = (cursor, w.Left - cursor);
            }

            cursor = Math.Max(cursor, w.Right);
        }

        if (cursor < river.End && river.End - cursor > best.Width && cursor > river.Start)
        {
            best = (cursor, river.End - cursor);
        }

        return double.IsNaN(best.Start) || cursor == river.Start ? (river.Start + river.End) / 2 : best.Start + (best.Width / 2);
    }

    private static string Join(List<TextWord> words) => string.Join(' ', words.Select(w => w.Text));

    private static bool LooksLikeProse(List<LayoutItem> items, Func<LayoutItem, int> columnOf, int columns)
    {
        var words = items.Average(i => i.Line!.Words.Count);
        if (words >= 7)
        {
            return true;
        }

        if (words < 4)
        {
            return false;
        }

        for (var c = 0; c < columns; c++)
        {
            var lines = items.Where(i => columnOf(i) == c).ToList();
            if (lines.Count < 3)
            {
                return false;
            }

            var max = lines.Max(i => i.Width);
            if (lines.Count(i => i.Width >= 0.85 * max) < 0.6 * lines.Count)
            {
                return false;
            }
        }

        return true;
    }
}
