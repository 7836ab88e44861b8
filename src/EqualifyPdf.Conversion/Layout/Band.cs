namespace EqualifyPdf.Conversion.Layout;

/// <summary>
/// Consecutive rows sharing one column structure: either no column gap at all, or at least one vertical gap that
/// no row crosses and that has content on both sides.
/// </summary>
internal sealed class Band
{
    private const double Epsilon = 0.5;

    public Band(Row first, List<Gap> free)
    {
        Rows = [first];
        Free = free;
        (MinRight, MaxLeft) = Extent(first);
    }

    public List<Row> Rows { get; }
    public List<Gap> Free { get; private set; }
    public IEnumerable<LayoutItem> Items => Rows.SelectMany(r => r.Items);

    /// <summary>The smallest right edge and the largest left edge of the band's items: all a gap test needs.</summary>
    private double MinRight { get; set; }
    private double MaxLeft { get; set; }

    /// <summary>
    /// Whether gap <paramref name="g"/> has content left and right of it, among items whose smallest right edge is
    /// <paramref name="minRight"/> and largest left edge <paramref name="maxLeft"/>. Some item ends left of a gap
    /// exactly when the leftmost-ending one does, so the test is O(gaps) instead of O(gaps × items) per row,
    /// which keeps band building linear in the rows of a long column.
    /// </summary>
    private static bool IsInterior(Gap g, double minRight, double maxLeft) =>
        minRight <= g.Start + Epsilon && maxLeft >= g.End - Epsilon;

    private static (double MinRight, double MaxLeft) Extent(Row row)
    {
        double minRight = double.PositiveInfinity, maxLeft = double.NegativeInfinity;
        foreach (var i in row.Items)
        {
            minRight = Math.Min(minRight, i.Right);
            maxLeft = Math.Max(maxLeft, i.Left);
        }

        return (minRight, maxLeft);
    }

    public static List<Gap> Intersect(List<Gap> a, List<Gap> b, double minGap)
    {
        var result = new List<Gap>();
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var s = Math.Max(x.Start, y.Start);
                var e = Math.Min(x.End, y.End);
                if (e - s >= minGap)
                {
                    result.Add(new Gap(s, e));
                }
            }
        }

        return result;
    }

    /// <summary>Splits rows into bands, top to bottom.</summary>
    public static List<Band> Build(List<Row> rows, double x0, double x1, double minGap)
    {
        var bands = new List<Band>();
        Band? current = null;
        foreach (var row in rows)
        {
            var free = row.FreeIntervals(x0, x1, minGap);
            if (current == null)
            {
                current = new Band(row, free);
                bands.Add(current);
                continue;
            }

            var merged = Intersect(current.Free, free, minGap);
            var (rowMinRight, rowMaxLeft) = Extent(row);
            var minRight = Math.Min(current.MinRight, rowMinRight);
            var maxLeft = Math.Max(current.MaxLeft, rowMaxLeft);
            var keepsSeparator = merged.Exists(g => IsInterior(g, minRight, maxLeft));
            var hadSeparator = current.Free.Exists(g => IsInterior(g, current.MinRight, current.MaxLeft));
            var rowHasOwn = free.Exists(g => IsInterior(g, rowMinRight, rowMaxLeft));
            if (keepsSeparator || (!hadSeparator && !rowHasOwn))
            {
                current.Rows.Add(row);
                current.Free = merged;
                (current.MinRight, current.MaxLeft) = (minRight, maxLeft);
            }
            else
            {
                current = new Band(row, free);
                bands.Add(current);
            }
        }

        return bands;
    }

    /// <summary>The band's column gaps, left to right.</summary>
    public List<Gap> Separators() => Free.Where(g => IsInterior(g, MinRight, MaxLeft)).OrderBy(g => g.Start).ToList();
}
