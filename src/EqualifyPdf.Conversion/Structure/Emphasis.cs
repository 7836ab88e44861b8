using EqualifyPdf.Conversion.Extraction;
using EqualifyPdf.Conversion.Layout;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>Whether a line is set in bold once the inline code inside it is left out.</summary>
/// <remarks>
/// LaTeX and most word processors have no bold monospace face: <c>\texttt</c> words in a bold heading ("4.9.1.
/// debian/rules and DEB_BUILD_OPTIONS") come out in the regular typewriter font, so counting them as not bold would
/// take such a heading for a sentence. Only code <em>inside</em> the bold text counts as part of it: a bold label
/// followed by code on the same line ("Local directory /path/to/repo.git/", a run-in title before a verbatim
/// block) is a label, not a bold line.
/// </remarks>
internal static class Emphasis
{
    /// <summary>True when every prose word is bold and some code sits between bold words.</summary>
    /// <param name="line">A text line.</param>
    /// <returns>False for a line without inline code (its bold share already tells) or with code only at its end.</returns>
    public static bool IsBoldWithInlineCode(TextLine line)
    {
        var words = line.Words;
        var last = words.Count - 1;
        while (last >= 0 && words[last].Monospace)
        {
            last--;
        }

        var inner = words.Take(last + 1).ToList();
        return inner.Count > 0 && inner.Any(w => w.Monospace) && inner.All(w => w.Monospace || w.Bold);
    }

    /// <summary>True when the block reads as bold: nearly all bold, or bold with inline code on every line.</summary>
    /// <param name="block">A text block.</param>
    /// <param name="share">The bold share of characters that counts as bold without inline code.</param>
    /// <returns>Whether the block is set in bold.</returns>
    public static bool IsBold(LayoutBlock block, double share) =>
        block.BoldFraction >= share || (block.Lines.Count > 0 && block.Lines.All(IsBoldWithInlineCode));
}
