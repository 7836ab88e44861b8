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
    }

    public List<Row> Rows { get; }
    public List<Gap> Free { get; private set; }
    public IEnumerable<LayoutItem> Items => Rows.SelectMany(r => r.Items);

    /// <summary>Gaps of <paramref name="free"/> with content left and right of them among <paramref name="rows"/>.</summary>
    public static List<Gap> Interior(List<Gap> free, IEnumerable<Row> rows)
    {
        var items = rows.SelectMany(r => r.Items).ToList();
        return free.Where(g => items.Any(i => i.Right <= g.Start + Epsilon) && items.Any(i => i.Left >= g.End - Epsilon)).ToList();
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
            var keepsSeparator = Interior(merged, current.Rows.Append(row)).Count > 0;
            var hadSeparator = Interior(current.Free, current.Rows).Count > 0;
            var rowHasOwn = Interior(free, [row]).Count > 0;
            if (keepsSeparator || (!hadSeparator && !rowHasOwn))
            {
                current.Rows.Add(row);
                current.Free = merged;
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
    public List<Gap> Separators() => Interior(Free, Rows).OrderBy(g => g.Start).ToList();
}
