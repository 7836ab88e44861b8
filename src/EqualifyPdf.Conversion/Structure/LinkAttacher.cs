using EqualifyPdf.Conversion.Extraction;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>Finds the words under each link annotation and records them as the anchor text of the block holding them.</summary>
internal static class LinkAttacher
{
    public static void Attach(List<Draft> pageDrafts, List<PageLink> links)
    {
        if (links.Count == 0)
        {
            return;
        }

        foreach (var d in pageDrafts.Where(d => !d.Absorbed && d.Role is not (BlockRole.Figure or BlockRole.Table)))
        {
            foreach (var link in links)
            {
                var words = d.Source.Lines.Concat(d.ExtraLines)
                    .SelectMany(l => l.Words)
                    .Where(w => w.CenterX >= link.Left - 1 && w.CenterX <= link.Right + 1 && w.CenterY >= link.Top - 2 && w.CenterY <= link.Bottom + 2)
                    .ToList();
                if (words.Count == 0)
                {
                    continue;
                }

                var anchor = AnchorIn(d.Text, words);

                // Sentence punctuation after a link shares its word but lies outside the link's rectangle.
                if (anchor != null && words[^1].Right > link.Right + 1)
                {
                    anchor = anchor.TrimEnd('.', ',', ';', ':', ')', '!', '?');
                }

                if (anchor != null && !d.Links.Any(l => l.Text == anchor && l.Href == link.Uri))
                {
                    d.Links.Add(new LinkSpan(anchor, link.Uri));
                }
            }
        }
    }

    /// <summary>The anchor as it appears in the block text (words may have been re-joined across lines).</summary>
    private static string? AnchorIn(string text, List<TextWord> words)
    {
        var spaced = string.Join(' ', words.Select(w => w.Text));
        if (text.Contains(spaced, StringComparison.Ordinal))
        {
            return spaced;
        }

        var joined = string.Concat(words.Select(w => w.Text));
        if (text.Contains(joined, StringComparison.Ordinal))
        {
            return joined;
        }

        var longest = words.MaxBy(w => w.Text.Length)!.Text;
        return text.Contains(longest, StringComparison.Ordinal) ? longest : null;
    }
}
