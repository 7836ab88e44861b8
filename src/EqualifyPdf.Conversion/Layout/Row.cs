namespace EqualifyPdf.Conversion.Layout;

/// <summary>Items whose vertical extents overlap: one visual row across the whole region.</summary>
internal sealed class Row(List<LayoutItem> items)
{
    public List<LayoutItem> Items { get; } = items;
    public double Top => Items.Min(i => i.Top);
    public double Bottom => Items.Max(i => i.Bottom);

    /// <summary>Groups items into rows, top to bottom.</summary>
    public static List<Row> Build(List<LayoutItem> items)
    {
        var sorted = items.OrderBy(i => i.Top).ThenBy(i => i.Left).ToList();
        var rows = new List<Row>();
        List<LayoutItem>? current = null;
        double bottom = 0;
        foreach (var item in sorted)
        {
            var center = (item.Top + item.Bottom) / 2;
            if (current != null && center < bottom)
            {
                current.Add(item);
                bottom = Math.Max(bottom, item.Bottom);
                continue;
            }

            current = [item];
            bottom = item.Bottom;
            rows.Add(new Row(current));
        }

        return rows;
    }

    /// <summary>Free horizontal intervals of this row inside [x0, x1] at least <paramref name="minGap"/> wide.</summary>
    public List<Gap> FreeIntervals(double x0, double x1, double minGap)
    {
        var free = new List<Gap>();
        var cursor = x0;
        foreach (var item in Items.OrderBy(i => i.Left))
        {
            if (item.Left - cursor >= minGap)
            {
                free.Add(new Gap(cursor, item.Left));
            }

            cursor = Math.Max(cursor, item.Right);
        }

        if (x1 - cursor >= minGap)
        {
            free.Add(new Gap(cursor, x1));
        }

        return free;
    }
}
