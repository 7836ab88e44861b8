using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>Nesting depth of untagged list items from the indentation of their markers within each run of items.</summary>
internal static class ListLeveler
{
    private const double Tolerance = 6;

    public static void Assign(List<Draft> drafts)
    {
        var run = new List<Draft>();
        foreach (var d in drafts.Where(d => !d.Absorbed))
        {
            if (d.Role == BlockRole.ListItem)
            {
                run.Add(d);
                continue;
            }

            Flush(run);
        }

        Flush(run);
    }

    private static void Flush(List<Draft> run)
    {
        var lefts = new List<double>();
        foreach (var x in run.Where(d => d.Level < 0).Select(d => d.Source.Left).Order())
        {
            if (lefts.Count == 0 || x - lefts[^1] > Tolerance)
            {
                lefts.Add(x);
            }
        }

        var previous = -1;
        foreach (var d in run)
        {
            if (d.Level < 0)
            {
                d.Level = lefts.FindLastIndex(l => l <= d.Source.Left + Tolerance);
            }

            // Nesting can deepen one step at a time only; a deeper jump is a layout quirk.
            d.Level = Math.Clamp(d.Level, 0, previous + 1);
            previous = d.Level;
        }

        run.Clear();
    }
}
