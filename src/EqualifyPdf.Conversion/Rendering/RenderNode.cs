using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Rendering;

/// <summary>
/// One thing to render: a page break, or a block together with the parts of it that continue on later pages
/// (each preceded by the page it continues on), so a paragraph broken by a page renders as one paragraph.
/// </summary>
internal sealed record RenderNode(int PageBreak, Block? Block, IReadOnlyList<(int Page, Block Part)> Continuations)
{
    public static IEnumerable<RenderNode> Sequence(DocumentModel doc)
    {
        var nodes = new List<RenderNode>();
        List<(int, Block)>? openContinuations = null;
        Block? open = null;
        var pendingBreak = 0;
        foreach (var page in doc.Pages)
        {
            pendingBreak = page.Number;
            foreach (var block in page.Blocks)
            {
                if (block is { Role: BlockRole.Paragraph, ContinuesPrevious: true } && open is { Role: BlockRole.Paragraph } && openContinuations != null)
                {
                    openContinuations.Add((pendingBreak > 0 ? pendingBreak : 0, block));
                    pendingBreak = 0;
                    continue;
                }

                if (pendingBreak > 0)
                {
                    nodes.Add(new RenderNode(pendingBreak, null, []));
                    pendingBreak = 0;
                }

                openContinuations = [];
                open = block;
                nodes.Add(new RenderNode(0, block, openContinuations));
            }
        }

        if (pendingBreak > 0)
        {
            nodes.Add(new RenderNode(pendingBreak, null, []));
        }

        return nodes;
    }

    /// <summary>
    /// Heading levels as rendered: 1 to 6, never more than one deeper than the heading before. The first heading keeps
    /// its level (a section printed alone starts at its own level), unless <paramref name="after"/> says which level
    /// is written before it.
    /// </summary>
    public static Dictionary<Block, int> HeadingLevels(IEnumerable<RenderNode> nodes, int after = 0)
    {
        var levels = new Dictionary<Block, int>(ReferenceEqualityComparer.Instance);
        var previous = after;
        foreach (var b in nodes.Select(n => n.Block).OfType<Block>().Where(b => b.Role == BlockRole.Heading && b.Text.Trim().Length > 0))
        {
            var level = Math.Clamp(previous == 0 ? b.Level : Math.Min(b.Level, previous + 1), 1, 6);
            levels[b] = level;
            previous = level;
        }

        return levels;
    }
}
