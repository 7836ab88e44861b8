using EqualifyPdf.Conversion.Extraction;
using EqualifyPdf.Conversion.Layout;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>
/// The document-wide structure step: classifies every page's blocks against whole-document statistics, attaches
/// captions and links, joins broken paragraphs and code, and levels headings and lists.
/// </summary>
internal static class DocumentStructurer
{
    /// <param name="pages">The extracted pages.</param>
    /// <param name="blocks">Each page's layout blocks.</param>
    /// <param name="joinAcrossPages">
    /// Join a table broken by a page into the first page's block. Off for per-page text, where the rows must stay on
    /// the page that shows them.
    /// </param>
    public static List<PageModel> Build(IReadOnlyList<PageContent> pages, IReadOnlyList<List<LayoutBlock>> blocks, bool joinAcrossPages)
    {
        var style = DocumentStyle.From(blocks.SelectMany(b => b));
        var joiner = new TextJoiner(TextJoiner.BuildVocabulary(pages.SelectMany(p => p.Lines)));
        var classifier = new BlockClassifier(style, joiner);
        var draftPages = new List<List<Draft>>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var regions = RegionExtents(blocks[i]);
            var drafts = blocks[i].Select(b => b.Kind switch
            {
                LayoutKind.Table => new Draft { Source = b, Role = BlockRole.Table, Rows = TableAssembler.Rows(b.Item!.Table!), Confidence = 0.85 },
                LayoutKind.Figure => new Draft { Source = b, Role = BlockRole.Figure, Confidence = 0.9 },
                LayoutKind.Toc => TocLinker.Draft(b),
                _ => classifier.Classify(b, page.Height, regions[b.Region]),
            }).ToList();
            CaptionLinker.Link(drafts, style.BodySize);
            MergeCode(drafts);
            draftPages.Add(drafts);
        }

        if (joinAcrossPages)
        {
            TableContinuation.Merge(draftPages);
        }

        ContinuationMerger.Merge(draftPages, joiner);
        var flat = draftPages.SelectMany(p => p).ToList();
        ListLeveler.Assign(flat);
        TocLinker.Link(flat, joiner, joinAcrossPages);
        HeadingLeveler.Assign(flat, style.BodySize);
        var result = new List<PageModel>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            LinkAttacher.Attach(draftPages[i], pages[i].Links);
            result.Add(ModelAssembler.Page(pages[i], draftPages[i]));
        }

        return result;
    }

    /// <summary>Each column region's left and right edge, from its text blocks.</summary>
    /// <remarks>A block's edges are computed from its lines on every read, so each is read once here.</remarks>
    private static Dictionary<int, (double Left, double Right)> RegionExtents(List<LayoutBlock> blocks)
    {
        var regions = new Dictionary<int, (double Left, double Right)>();
        foreach (var b in blocks)
        {
            if (b.Kind != LayoutKind.Line)
            {
                continue;
            }

            var (left, right) = (b.Left, b.Right);
            regions[b.Region] = regions.TryGetValue(b.Region, out var seen) ? (Math.Min(seen.Left, left), Math.Max(seen.Right, right)) : (left, right);
        }

        return regions;
    }

    /// <summary>Code split by blank lines into several blocks is one listing.</summary>
    private static void MergeCode(List<Draft> drafts)
    {
        Draft? previous = null;
        foreach (var d in drafts.Where(d => !d.Absorbed))
        {
            if (previous is { Role: BlockRole.Code } && d.Role == BlockRole.Code && previous.Source.Region == d.Source.Region
                && d.Source.Top - previous.Source.Bottom < 3 * d.Source.FontSize)
            {
                previous.Text += "\n\n" + d.Text;
                d.Absorbed = true;
                continue;
            }

            previous = d;
        }
    }
}
