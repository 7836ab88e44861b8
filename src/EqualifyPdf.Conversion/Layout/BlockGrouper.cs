using EqualifyPdf.Conversion.Extraction;
using EqualifyPdf.Conversion.Structure;
using EqualifyPdf.Conversion.Tagged;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>
/// Groups each region's lines into blocks: a new block starts at a paragraph gap, a change of font size, weight or
/// face, a list marker, or (in tagged PDFs) a change of structure element.
/// </summary>
internal static class BlockGrouper
{
    public static List<LayoutBlock> Group(int page, List<List<LayoutItem>> regions, IReadOnlyDictionary<int, StructTag>? tags, double bodySize)
    {
        var blocks = new List<LayoutBlock>();
        for (var r = 0; r < regions.Count; r++)
        {
            LayoutBlock? open = null;
            StructTag? openTag = null;
            foreach (var item in regions[r])
            {
                if (item.Kind != LayoutKind.Line)
                {
                    blocks.Add(new LayoutBlock { Page = page, Region = r, Kind = item.Kind, Item = item });
                    open = null;
                    continue;
                }

                var line = item.Line!;
                var tag = tags == null ? null : line.Tag;
                if (open == null || StartsNewBlock(open, openTag, line, tag, bodySize))
                {
                    open = new LayoutBlock { Page = page, Region = r, Kind = LayoutKind.Line, Tag = tag };
                    blocks.Add(open);
                }

                open.Lines.Add(line);
                openTag = tag;
            }
        }

        return blocks;
    }

    /// <summary>The tag carried by most words of the line (by character count).</summary>
    public static StructTag? TagOf(TextLine line, IReadOnlyDictionary<int, StructTag>? tags)
    {
        if (tags == null)
        {
            return null;
        }

        StructTag? best = null;
        var bestChars = 0;
        // Counted by element: content of one element carries tags that differ only in their place in the tree.
        Dictionary<int, int>? counts = null;
        foreach (var w in line.Words)
        {
            if (w.Mcid < 0 || !tags.TryGetValue(w.Mcid, out var tag))
            {
                continue;
            }

            counts ??= [];
            var chars = counts[tag.ElementId] = counts.GetValueOrDefault(tag.ElementId) + w.Text.Length;
            if (chars > bestChars)
            {
                (best, bestChars) = (tag, chars);
            }
        }

        return best;
    }

    private static bool StartsNewBlock(LayoutBlock block, StructTag? previousTag, TextLine line, StructTag? tag, double bodySize)
    {
        var previous = block.Lines[^1];
        if (previousTag != null && tag != null && (previousTag.ElementId != tag.ElementId || !IsGrouping(tag.Role)))
        {
            // The author's structure decides; geometry cannot know two <p>s apart better than the tags.
            return previousTag.ElementId != tag.ElementId;
        }

        var size = Math.Max(previous.FontSize, line.FontSize);
        var step = line.Baseline - previous.Baseline;
        // Display type (titles, headings) is set with looser leading than body text.
        var leading = size >= 1.3 * bodySize ? 1.9 : 1.7;
        if (step > leading * size || step < -0.5 * size)
        {
            return true;
        }

        var ratio = line.FontSize / Math.Max(previous.FontSize, 0.1);
        if (ratio > 1.12 || ratio < 0.88)
        {
            return true;
        }

        if (Math.Abs(previous.BoldFraction - line.BoldFraction) > 0.6 || Math.Abs(previous.MonospaceFraction - line.MonospaceFraction) > 0.6)
        {
            return true;
        }

        // A bold heading whose inline code is in the regular typewriter face, followed by plain prose.
        if (line.BoldFraction < 0.2 && line.MonospaceFraction < 0.5 && block.Lines.All(Emphasis.IsBoldWithInlineCode))
        {
            return true;
        }

        if (BlockClassifier.CaptionPattern().IsMatch(line.Text))
        {
            return true;
        }

        if (ListMarkers.Match(line.Text) is { } marker && step > 0.5 * size && !WrapsIntoMarker(block, previous, line, marker.Ordered, size))
        {
            return true;
        }

        // A short line that ends a sentence closes its paragraph in documents without paragraph spacing.
        var blockWidth = block.Lines.Max(l => l.Width);
        return block.Lines.Count > 1 && previous.Width < 0.7 * blockWidth && EndsSentence(previous.Text)
            && Math.Abs(line.Left - block.Lines[0].Left) < size * 3;
    }

    /// <summary>A wrapped sentence whose next line happens to start with a number ("room\n1. Laboratory") is no list item.</summary>
    private static bool WrapsIntoMarker(LayoutBlock block, TextLine previous, TextLine line, bool ordered, double size)
    {
        var blockWidth = block.Lines.Max(l => l.Width);
        return ordered && !EndsSentence(previous.Text) && ListMarkers.Match(block.Lines[0].Text) == null
            && Math.Abs(line.Left - block.Lines[0].Left) < size && previous.Width >= 0.85 * blockWidth;
    }

    /// <summary>
    /// Elements that only group what they hold (Chromium wraps every div and text run in NonStruct): a definition
    /// term, a pre and the note after it can share one, so geometry still splits their lines into blocks.
    /// </summary>
    private static bool IsGrouping(string role) => role is "NonStruct" or "Div" or "Document" or "Sect" or "Part" or "Art";

    private static bool EndsSentence(string text) => text.Length > 0 && ".!?:".Contains(text[^1], StringComparison.Ordinal);
}
