using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>
/// A table that ends one page and starts the next with the same columns is one table broken by the page: its rows
/// are joined, and a header row the producer repeated at the top of the new page is dropped.
/// </summary>
internal static class TableContinuation
{
    public static void Merge(List<List<Draft>> pages)
    {
        // A table over three pages or more: the part on the middle page is absorbed, and the next part joins its owner
        // when it repeats the owner's header (the producer's mark of one table going on).
        (Draft Part, Draft Owner)? carried = null;
        for (var i = 1; i < pages.Count; i++)
        {
            var last = pages[i - 1].LastOrDefault(d => (!d.Absorbed || d == carried?.Part) && d.Role != BlockRole.Footnote);
            var third = last != null && last == carried?.Part;
            last = third ? carried!.Value.Owner : last;
            var first = pages[i].FirstOrDefault(d => !d.Absorbed);
            if (last is not { Role: BlockRole.Table, Rows: { Count: > 0 } head } || first is not { Role: BlockRole.Table, Rows: { Count: > 0 } tail }
                || (!SameTaggedTable(last, first) && (Width(head) != Width(tail) || first.Caption != null)))
            {
                continue;
            }

            var repeatedHeader = Texts(tail[0]).SequenceEqual(Texts(head[0]));
            if (third && !repeatedHeader)
            {
                continue;
            }

            last.Rows = [.. head, .. tail.Skip(repeatedHeader ? 1 : 0).Select(r => r with { IsHeader = false })];
            first.Absorbed = true;
            carried = (first, last);
        }
    }

    private static bool SameTaggedTable(Draft last, Draft first) =>
        last.Source.Item?.Table?.TagTableId is >= 0 and var id && first.Source.Item?.Table?.TagTableId == id;

    private static int Width(IReadOnlyList<TableRow> rows) => rows.Max(r => r.Cells.Sum(c => Math.Max(c.ColSpan, 1)));

    private static IEnumerable<string> Texts(TableRow row) => row.Cells.Select(c => c.Text.Trim());
}
