using EqualifyPdf.Conversion.Layout;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>
/// Turns a found grid into model rows. A grid whose builder could not tell (ruled and tagged grids without TH or
/// bold) gets its first row as the header: course tables almost always have one. A grid whose builder looked for
/// evidence (weight, a rule under the first row) and found none keeps no header row rather than a guessed one.
/// </summary>
internal static class TableAssembler
{
    public static IReadOnlyList<TableRow> Rows(TableGrid grid)
    {
        var headerRows = grid.HeaderRows >= 0 ? grid.HeaderRows : (grid.Rows.Count >= 2 ? 1 : 0);

        return grid.Rows.Select((cells, r) => new TableRow(
                cells.Select((c, i) => new TableCell(c.Text, grid.RowHeaders && r >= headerRows && i == 0 && c.Text.Length > 0, Math.Max(c.ColSpan, 1))).ToList(),
                r < headerRows))
            .ToList();
    }
}
