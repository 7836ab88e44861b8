using System.Text;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Rendering;

/// <summary>GFM pipe tables need exactly one header row and no spans: spans are padded, a missing header is left blank.</summary>
internal static class MarkdownTable
{
    public static void Write(StringBuilder md, Block block)
    {
        var rows = block.Rows?.Where(r => r.Cells.Count > 0).Select(Expand).ToList() ?? [];
        if (block.Text.Length > 0)
        {
            md.Append("**").Append(MarkdownEscape.Inline(block.Text)).Append("**\n\n");
        }

        if (rows.Count == 0)
        {
            return;
        }

        var width = rows.Max(r => r.Count);
        var hasHeader = block.Rows!.First(r => r.Cells.Count > 0).IsHeader;
        var header = hasHeader ? rows[0] : Enumerable.Repeat("", width).ToList();
        Line(md, header, width);
        md.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", width))).Append('\n');
        foreach (var row in rows.Skip(hasHeader ? 1 : 0))
        {
            Line(md, row, width);
        }

        md.Append('\n');
    }

    private static List<string> Expand(TableRow row) =>
        row.Cells.SelectMany(c => new[] { MarkdownEscape.Cell(c.Text) }.Concat(Enumerable.Repeat("", Math.Max(c.ColSpan, 1) - 1))).ToList();

    private static void Line(StringBuilder md, List<string> cells, int width)
    {
        md.Append('|');
        for (var i = 0; i < width; i++)
        {
            md.Append(' ').Append(i < cells.Count ? cells[i] : "").Append(" |");
        }

        md.Append('\n');
    }
}
