using System.Net;
using System.Text;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Rendering;

/// <summary>
/// Renders a table of contents as a navigation landmark holding a nested list (HTML) or a nested list (Markdown),
/// each entry linked to the heading it names when the document has one.
/// </summary>
internal sealed class TocRender(IEnumerable<Block> headings)
{
    private readonly Dictionary<string, Block> byKey = headings
        .GroupBy(h => Key(h.Text))
        .ToDictionary(g => g.Key, g => g.First());

    private readonly Dictionary<string, int> labels = [];

    /// <summary>The id written on a heading, which table-of-contents entries link to.</summary>
    public static string HeadingId(Block heading) => heading.Id;

    public void Html(StringBuilder html, Block toc)
    {
        var label = toc.Text.StartsWith("List of", StringComparison.OrdinalIgnoreCase) || toc.Text == "Index" ? toc.Text.Trim() : "Table of contents";

        // Landmarks need distinct names (axe landmark-unique): a second contents list is numbered.
        var seen = labels.GetValueOrDefault(label) + 1;
        labels[label] = seen;
        label = seen > 1 ? $"{label} ({seen})" : label;
        html.Append("<nav aria-label=\"").Append(WebUtility.HtmlEncode(label)).Append("\">");
        var entries = toc.Entries ?? [];
        var top = entries.Count == 0 ? 1 : entries.Min(e => e.Level);
        var depth = -1;
        foreach (var e in entries)
        {
            var target = Math.Min(e.Level - top, depth + 1);
            if (target > depth)
            {
                html.Append("<ul>");
                depth++;
            }
            else
            {
                html.Append("</li>");
                for (; depth > target; depth--)
                {
                    html.Append("</ul></li>");
                }
            }

            html.Append("<li>");
            var text = WebUtility.HtmlEncode(e.Text);
            html.Append(byKey.TryGetValue(Key(e.Text), out var h) ? $"<a href=\"#{HeadingId(h)}\">{text}</a>" : text);
        }

        if (depth >= 0)
        {
            html.Append("</li>");
            for (; depth > 0; depth--)
            {
                html.Append("</ul></li>");
            }

            html.Append("</ul>");
        }

        html.Append("</nav>\n");
    }

    public void Markdown(StringBuilder md, Block toc)
    {
        var entries = toc.Entries ?? [];
        var top = entries.Count == 0 ? 1 : entries.Min(e => e.Level);
        var depth = -1;
        foreach (var e in entries)
        {
            depth = Math.Min(e.Level - top, depth + 1);
            var text = MarkdownEscape.Inline(e.Text);
            var item = byKey.TryGetValue(Key(e.Text), out var h) ? $"[{text}](#{Slug(h.Text)})" : text;
            md.Append(' ', 2 * depth).Append("- ").Append(item).Append('\n');
        }

        md.Append('\n');
    }

    /// <summary>GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens.</summary>
    public static string Slug(string text) =>
        new(text.Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_').Select(c => c == ' ' ? '-' : c).ToArray());

    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
