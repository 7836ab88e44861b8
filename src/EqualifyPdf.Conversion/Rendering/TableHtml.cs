using System.Net;
using System.Text;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Rendering;

/// <summary>
/// Writes a table with caption, thead/th scope="col" and th scope="row". Rows are padded to one width so every
/// header has data cells (axe th-has-data-cells); empty header cells become td (axe empty-table-header).
/// </summary>
internal static class TableHtml
{
    public static void Write(StringBuilder html, Block block)
    {
        var rows = block.Rows?.Where(r => r.Cells.Count > 0).ToList() ?? [];
        if (rows.Count == 0)
        {
            if (block.Text.Length > 0)
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(block.Text)).Append("</p>\n");
            }

            return;
        }

        var width = rows.Max(r => r.Cells.Sum(c => Math.Max(c.ColSpan, 1)));
        var header = rows.TakeWhile(r => r.IsHeader).ToList();
        var body = rows.Skip(header.Count).ToList();
        if (body.Count == 0)
        {
            // A table of header cells only has no data to describe: render it as plain data.
            body = header;
            header = [];
        }

        html.Append("<table>\n");
        if (block.Text.Length > 0)
        {
            html.Append("<caption>").Append(WebUtility.HtmlEncode(block.Text)).Append("</caption>\n");
        }

        if (header.Count > 0)
        {
            html.Append("<thead>\n");
            header.ForEach(r => Row(html, r, width, true));
            html.Append("</thead>\n");
        }

        html.Append("<tbody>\n");
        body.ForEach(r => Row(html, r, width, false));
        html.Append("</tbody>\n</table>\n");
    }

    private static void Row(StringBuilder html, TableRow row, int width, bool header)
    {
        html.Append("<tr>");
        var used = 0;
        foreach (var cell in row.Cells)
        {
            var span = Math.Max(cell.ColSpan, 1);
            var text = WebUtility.HtmlEncode(cell.Text);
            var spanAttr = span > 1 ? $" colspan=\"{span}\"" : "";
            if (header && cell.Text.Trim().Length > 0)
            {
                html.Append($"<th scope=\"col\"{spanAttr}>").Append(text).Append("</th>");
            }
            else if (!header && cell.IsRowHeader && cell.Text.Trim().Length > 0)
            {
                html.Append($"<th scope=\"row\"{spanAttr}>").Append(text).Append("</th>");
            }
            else
            {
                html.Append($"<td{spanAttr}>").Append(text).Append("</td>");
            }

            used += span;
        }

        for (; used < width; used++)
        {
            html.Append("<td></td>");
        }

        html.Append("</tr>\n");
    }
}
