using EqualifyPdf.Conversion.Extraction;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>
/// A booktabs table ends at its \bottomrule. A line set just below it (an admonition's "Tip" label in the margin, the
/// next heading) can fall into the table's band, where it would become a row, or worse, an extra first column that
/// turns every real row into the continuation of the one above. Such rows are cut off at the rule.
/// </summary>
internal static class BottomRule
{
    /// <summary>Rows left below the last rule at most: more than that is the table carrying on, not stray lines.</summary>
    private const int MaxStrayRows = 2;

    /// <summary>
    /// How many of <paramref name="rows"/> (top to bottom) lie above the table's last rule: all of them, unless a
    /// rule across the table runs between two rows, is the last such rule near the band, has another rule above it
    /// (top or mid rule), and leaves fewer rows below it than the table has between it and that rule.
    /// </summary>
    public static int RowsAbove(List<Row> rows, IReadOnlyList<Ruling>? rules)
    {
        if (rules is not { Count: > 0 } || rows.Count < 3)
        {
            return rows.Count;
        }

        var left = rows.Min(r => r.Items.Min(i => i.Left));
        var right = rows.Max(r => r.Items.Max(i => i.Right));
        var reach = 2 * rows.Select(r => r.Bottom - r.Top).Order().ElementAt(rows.Count / 2);
        var cuts = rules
            .Where(r => r.IsHorizontal && Math.Min(r.X2, right) - Math.Max(r.X1, left) >= 0.5 * (right - left)
                && r.Y1 >= rows[0].Top - reach && r.Y1 <= rows[^1].Bottom + reach)
            .Select(r => (Y: r.Y1, Above: rows.Count(row => row.Bottom <= r.Y1 + 1)))
            .OrderBy(c => c.Y)
            .ToList();
        if (cuts.Count < 2)
        {
            return rows.Count;
        }

        var last = cuts[^1];
        var between = last.Above is > 0 && last.Above < rows.Count && rows[last.Above].Top >= last.Y - 1;
        var previous = cuts.Where(c => c.Above < last.Above).Select(c => c.Above).DefaultIfEmpty(-1).Max();
        var stray = rows.Count - last.Above;
        return between && previous >= 0 && stray <= MaxStrayRows && last.Above - previous > stray ? last.Above : rows.Count;
    }
}
