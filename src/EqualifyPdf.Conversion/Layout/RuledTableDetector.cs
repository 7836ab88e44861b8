using EqualifyPdf.Conversion.Extraction;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>
/// Finds tables drawn with rules: connected sets of horizontal and vertical strokes form a grid whose cells collect
/// the words centred in them. A missing inner vertical rule inside a row means a spanning cell.
/// </summary>
internal static class RuledTableDetector
{
    private const double Tolerance = 3;

    public static List<LayoutItem> Detect(List<Ruling> rulings, List<TextLine> lines)
    {
        var tables = new List<LayoutItem>();
        var h = rulings.Where(r => r.IsHorizontal).ToList();
        var v = rulings.Where(r => !r.IsHorizontal).ToList();
        if (h.Count < 2 || h.Count + v.Count > 5000)
        {
            return tables;
        }

        if (v.Count < 2)
        {
            // Rules across only: a booktabs table (top, mid and bottom rules), whose one column no gap reveals.
            return BooktabsTableDetector.Detect(h, lines);
        }

        foreach (var (hs, vs) in Components(h, v))
        {
            var ys = Cluster(hs.Select(r => r.Y1));
            var xs = Cluster(vs.Select(r => r.X1));
            if (ys.Count < 2 || xs.Count < 2 || (ys.Count == 2 && xs.Count == 2))
            {
                continue;
            }

            var inside = lines.Where(l => !l.Consumed && Center(l) is var (cx, cy)
                && cx > xs[0] && cx < xs[^1] && cy > ys[0] && cy < ys[^1]).ToList();
            if (inside.Count == 0)
            {
                continue;
            }

            var grid = GridBuilder.Build(xs, ys, vs, inside, Tolerance);
            if (grid == null)
            {
                continue;
            }

            inside.ForEach(l => l.Consumed = true);
            tables.Add(new LayoutItem { Kind = LayoutKind.Table, Left = xs[0], Top = ys[0], Right = xs[^1], Bottom = ys[^1], Table = grid });
        }

        // Rules across that belong to no grid can still bound a booktabs table.
        var gridRules = tables.Count == 0 ? h : h.Where(r => !tables.Exists(t => r.Y1 >= t.Top - Tolerance && r.Y1 <= t.Bottom + Tolerance && r.X1 >= t.Left - Tolerance && r.X2 <= t.Right + Tolerance)).ToList();
        tables.AddRange(BooktabsTableDetector.Detect(gridRules, lines));
        return tables;
    }

    private static (double X, double Y) Center(TextLine l) => ((l.Left + l.Right) / 2, (l.Top + l.Bottom) / 2);

    private static List<double> Cluster(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var x in values.Order())
        {
            if (result.Count == 0 || x - result[^1] > Tolerance)
            {
                result.Add(x);
            }
        }

        return result;
    }

    /// <summary>Groups rulings that touch each other (union-find over horizontal/vertical crossings).</summary>
    private static IEnumerable<(List<Ruling> H, List<Ruling> V)> Components(List<Ruling> h, List<Ruling> v)
    {
        var parent = Enumerable.Range(0, h.Count + v.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < h.Count; i++)
        {
            for (var j = 0; j < v.Count; j++)
            {
                if (v[j].X1 >= h[i].X1 - Tolerance && v[j].X1 <= h[i].X2 + Tolerance
                    && h[i].Y1 >= v[j].Y1 - Tolerance && h[i].Y1 <= v[j].Y2 + Tolerance)
                {
                    parent[Find(i)] = Find(h.Count + j);
                }
            }
        }

        return Enumerable.Range(0, h.Count + v.Count)
            .GroupBy(Find)
            .Select(g => (g.Where(i => i < h.Count).Select(i => h[i]).ToList(), g.Where(i => i >= h.Count).Select(i => v[i - h.Count]).ToList()))
            .Where(c => c.Item1.Count >= 2 && c.Item2.Count >= 2);
    }
}
