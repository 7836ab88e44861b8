using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Corrections.Llm.Operations;

/// <summary>The operations that change a page's block structure: merge, split, table header rows.</summary>
public static partial class OperationApplier
{
    private static string? Merge(List<Block> blocks, EditOperation op, List<AppliedEdit> applied)
    {
        if (op.Ids is not { Count: >= 2 } ids)
        {
            return RejectionCodes.NotMergeable;
        }

        var indexes = ids.Select(id => blocks.FindIndex(b => b.Id == id)).ToList();
        if (indexes.Any(i => i < 0))
        {
            return RejectionCodes.UnknownId;
        }

        var first = blocks[indexes[0]];
        var parts = indexes.Select(i => blocks[i]).ToList();
        if (indexes.Zip(indexes.Skip(1)).Any(p => p.Second != p.First + 1)
            || parts.Any(b => b.Role != first.Role || b.Role is not (BlockRole.Paragraph or BlockRole.ListItem or BlockRole.Quote or BlockRole.Footnote)))
        {
            return RejectionCodes.NotMergeable;
        }

        var text = string.Join(" ", parts.Select(b => b.Text.Trim()));
        var right = parts.Max(b => b.Box.Left + b.Box.Width);
        var bottom = parts.Max(b => b.Box.Top + b.Box.Height);
        var left = parts.Min(b => b.Box.Left);
        var top = parts.Min(b => b.Box.Top);
        var merged = first with
        {
            Text = text,
            Box = new BoundingBox(left, top, right - left, bottom - top),
            Links = parts.SelectMany(b => b.Links ?? []).ToList() is { Count: > 0 } links ? links : null,
        };
        blocks[indexes[0]] = merged;
        blocks.RemoveRange(indexes[0] + 1, indexes.Count - 1);
        applied.Add(new AppliedEdit(first.Id, string.Join("\n", parts.Select(b => b.Text)), text, op.Op));
        return null;
    }

    private static (string?, Block?, string, string) Split(List<Block> blocks, int index, EditOperation op)
    {
        var block = blocks[index];
        var at = op.At ?? -1;
        if (block.Role is not (BlockRole.Paragraph or BlockRole.ListItem or BlockRole.Quote) || at <= 0 || at >= block.Text.Length
            || !(char.IsWhiteSpace(block.Text[at - 1]) || char.IsWhiteSpace(block.Text[at])))
        {
            return (RejectionCodes.BadOffset, null, "", "");
        }

        var id = block.Id + "-s";
        if (blocks.Any(b => b.Id == id))
        {
            return (RejectionCodes.BadOffset, null, "", "");
        }

        var first = block with { Text = block.Text[..at].TrimEnd() };
        blocks.Insert(index + 1, block with { Id = id, Text = block.Text[at..].TrimStart(), ContinuesPrevious = false, Links = null });
        return (null, first, block.Text, first.Text + "\n" + blocks[index + 1].Text);
    }

    private static (string?, Block?, string, string) TableHeader(Block block, int? headerRows)
    {
        if (block.Role != BlockRole.Table || block.Rows is not { Count: > 0 } rows)
        {
            return (RejectionCodes.WrongBlock, null, "", "");
        }

        if (headerRows is not { } n || n < 0 || n >= rows.Count)
        {
            return (RejectionCodes.BadValue, null, "", "");
        }

        var before = rows.TakeWhile(r => r.IsHeader).Count();
        var changed = block with { Rows = [.. rows.Select((r, i) => r with { IsHeader = i < n })] };
        return (null, changed, $"header_rows={before}", $"header_rows={n}");
    }
}
