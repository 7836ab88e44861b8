using System.Text;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Rendering;

/// <summary>Writes GitHub-flavoured Markdown; page boundaries become <c>&lt;!-- page N --&gt;</c> comments.</summary>
internal sealed class MarkdownWriter(DocumentModel doc)
{
    private readonly StringBuilder md = new();
    private readonly TocRender toc = new(doc.Pages.SelectMany(p => p.Blocks).Where(b => b.Role == BlockRole.Heading));

    public string Write()
    {
        var nodes = RenderNode.Sequence(doc).ToList();
        var levels = RenderNode.HeadingLevels(nodes);
        if (!levels.Values.Contains(1))
        {
            // The title is written as the top heading: the document's own headings follow under it.
            levels = RenderNode.HeadingLevels(nodes, after: 1);
        }

        if (!levels.Values.Contains(1))
        {
            md.Append("# ").Append(MarkdownEscape.Inline(doc.Info.Title)).Append("\n\n");
        }

        var listIndents = new List<int>();
        var inList = false;
        foreach (var node in nodes)
        {
            if (node.Block is not { } block)
            {
                md.Append($"<!-- page {node.PageBreak} -->\n\n");
                continue;
            }

            if (block.Role == BlockRole.ListItem)
            {
                var level = Math.Clamp(block.Level, 0, inList ? listIndents.Count : 0);
                if (!inList)
                {
                    listIndents.Clear();
                }

                listIndents.RemoveRange(level, listIndents.Count - level);
                var indent = listIndents.Sum();
                var marker = block.Ordered ? "1. " : "- ";
                listIndents.Add(marker.Length);
                md.Append(' ', indent).Append(marker).Append(InlineText.Markdown(block.Text, block.Links)).Append('\n');
                inList = true;
                continue;
            }

            if (inList)
            {
                md.Append('\n');
                inList = false;
            }

            WriteBlock(block, node, levels);
        }

        return md.ToString().TrimEnd() + "\n";
    }

    private void WriteBlock(Block block, RenderNode node, Dictionary<Block, int> levels)
    {
        switch (block.Role)
        {
            case BlockRole.Heading when levels.TryGetValue(block, out var level):
                md.Append('#', level).Append(' ').Append(InlineText.Markdown(block.Text.Trim(), block.Links)).Append("\n\n");
                break;
            case BlockRole.Heading:
                break;
            case BlockRole.TableOfContents:
                toc.Markdown(md, block);
                break;
            case BlockRole.Table:
                MarkdownTable.Write(md, block);
                break;
            case BlockRole.Figure:
                var alt = MarkdownEscape.Inline(block.Figure?.AltText ?? block.Text);
                md.Append(block.Figure?.ImageDataUri is { } src ? $"![{alt}]({src})" : $"*[Figure: {alt}]*").Append("\n\n");
                if (block.Text.Length > 0)
                {
                    md.Append('*').Append(MarkdownEscape.Inline(block.Text)).Append("*\n\n");
                }

                break;
            case BlockRole.Code:
                var fence = block.Text.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
                md.Append(fence).Append('\n').Append(block.Text).Append('\n').Append(fence).Append("\n\n");
                break;
            case BlockRole.Quote:
                md.Append("> ").Append(InlineText.Markdown(block.Text, block.Links)).Append("\n\n");
                break;
            default:
                md.Append(MarkdownEscape.Block(InlineText.Markdown(block.Text, block.Links)));
                foreach (var (page, part) in node.Continuations)
                {
                    md.Append(page > 0 ? $" <!-- page {page} --> " : " ").Append(InlineText.Markdown(part.Text, part.Links));
                }

                md.Append("\n\n");
                break;
        }
    }
}
