using EqualifyPdf.Conversion.Extraction;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>Fills a ruled grid with words and merges cells whose dividing rule is missing.</summary>
internal static class GridBuilder
{
    public static TableGrid? Build(List<double> xs, List<double> ys, List<Ruling> verticals, List<TextLine> lines, double tolerance)
    {
        var rowCount = ys.Count - 1;
        var colCount = xs.Count - 1;
        var texts = new List<TextWord>[rowCount, colCount];
        foreach (var line in lines.OrderBy(l => l.Top).ThenBy(l => l.Left))
        {
            foreach (var w in line.Words)
            {
                var r = Index(ys, w.CenterY);
                var c = Index(xs, w.CenterX);
                if (r >= 0 && c >= 0)
                {
                    (texts[r, c] ??= []).Add(w);
                }
            }
        }

        var rows = new List<List<GridCell>>();
        for (var r = 0; r < rowCount; r++)
        {
            var mid = (ys[r] + ys[r + 1]) / 2;
            var cells = new List<GridCell>();
            var c = 0;
            while (c < colCount)
            {
                var span = 1;

                // No rule at the next column boundary across this row: the cell spans into the next column.
                while (c + span < colCount && !verticals.Any(v => Math.Abs(v.X1 - xs[c + span]) <= tolerance && v.Y1 <= mid && v.Y2 >= mid))
                {
                    span++;
                }

                var words = Enumerable.Range(c, span).SelectMany(k => texts[r, k] ?? []).ToList();
                cells.Add(new GridCell(string.Join(' ', words.Select(w => w.Text)), span, words.Count > 0 && words.All(w => w.Bold)));
                c += span;
            }

            // Double rules (cell borders drawn apart) leave empty slivers between real rows.
            if (cells.Any(cell => cell.Text.Length > 0))
            {
                rows.Add(cells);
            }
        }

        if (rows.Count == 0 || (rows.Count == 1 && rows[0].Count == 1))
        {
            return null;
        }

        var header = rows[0].Where(c => c.Text.Length > 0).All(c => c.Bold) ? 1 : -1;
        var rowHeaders = rows.Count > 2 && rows.Skip(1).All(r => r[0].Bold) && !rows.Skip(1).All(r => r.All(c => c.Bold || c.Text.Length == 0));
        return new TableGrid(DropEmptyColumns(rows), header, rowHeaders);
    }

    private static int Index(List<double> bounds, double value)
    {
        for (var i = 0; i < bounds.Count - 1; i++)
        {
            if (value >= bounds[i] && value < bounds[i + 1])
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Removes columns that are empty in every row (slivers between doubled vertical rules).</summary>
    private static List<List<GridCell>> DropEmptyColumns(List<List<GridCell>> rows)
    {
        if (rows.Any(r => r.Any(c => c.ColSpan > 1)))
        {
            return rows;
        }

        var width = rows.Max(r => r.Count);
        var keep = Enumerable.Range(0, width).Where(c => rows.Any(r => c < r.Count && r[c].Text.Length > 0)).ToHashSet();
        return rows.Select(r => r.Where((_, i) => keep.Contains(i)).ToList()).ToList();
    }
}
