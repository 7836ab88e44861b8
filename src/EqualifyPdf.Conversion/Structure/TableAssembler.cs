using EqualifyPdf.Conversion.Layout;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>
/// Turns a found grid into model rows. Without other evidence the first row is the header: course tables almost
/// always have one, and a data table without header cells is what screen-reader users can least navigate.
/// </summary>
internal static class TableAssembler
{
    public static IReadOnlyList<TableRow> Rows(TableGrid grid)
    {
        var headerRows = grid.HeaderRows >= 0 ? grid.HeaderRows : (grid.Rows.Count >= 2 ? 1 : 0);
        if (headerRows == 0 && grid.Rows.Count >= 2)
        {
            headerRows = 1;
        }

        return grid.Rows.Select((cells, r) => new TableRow(
                cells.Select((c, i) => new TableCell(c.Text, grid.RowHeaders && r >= headerRows && i == 0 && c.Text.Length > 0, Math.Max(c.ColSpan, 1))).ToList(),
                r < headerRows))
            .ToList();
    }
}
