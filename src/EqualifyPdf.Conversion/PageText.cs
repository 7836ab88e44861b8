using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion;

/// <summary>Plain text of a converted page: every block's text and every table cell, in reading order.</summary>
internal static class PageText
{
    public static string Of(PageModel page) => string.Join("\n\n", page.Blocks.Select(Of).Where(t => t.Length > 0));

    private static string Of(Block block)
    {
        if (block.Rows is { } rows)
        {
            var cells = string.Join("\n", rows.Select(r => string.Join("\t", r.Cells.Select(c => c.Text))));
            return block.Text.Length > 0 ? block.Text + "\n" + cells : cells;
        }

        if (block.Entries is { } entries)
        {
            return string.Join("\n", entries.Select(e => e.Text).Prepend(block.Text).Where(t => t.Length > 0));
        }

        if (block.Figure is { AltIsGenerated: false } figure)
        {
            return string.Join("\n", new[] { block.Text, figure.AltText }.Where(t => t.Length > 0));
        }

        return block.Text;
    }
}
