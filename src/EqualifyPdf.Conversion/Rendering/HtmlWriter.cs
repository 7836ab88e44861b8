using System.Net;
using System.Text;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Rendering;

/// <summary>
/// Writes the HTML5 document. Everything sits inside <c>main</c> (axe "region"); page markers are empty
/// <c>doc-pagebreak</c> spans, which are not landmarks and may sit inside paragraphs and list items.
/// </summary>
internal sealed class HtmlWriter(DocumentModel doc)
{
    private readonly StringBuilder html = new();
    private readonly ListStack lists = new();
    private readonly TocRender toc = new(doc.Pages.SelectMany(p => p.Blocks).Where(b => b.Role == BlockRole.Heading));
    private string pendingMarker = "";

    public string Write()
    {
        var nodes = RenderNode.Sequence(doc).ToList();
        var levels = RenderNode.HeadingLevels(nodes);
        if (!levels.Values.Contains(1))
        {
            // The title is written as the top heading: the document's own headings follow under it.
            levels = RenderNode.HeadingLevels(nodes, after: 1);
        }

        var lang = string.IsNullOrWhiteSpace(doc.Info.Language) ? "en" : doc.Info.Language;
        var title = string.IsNullOrWhiteSpace(doc.Info.Title) ? "Untitled document" : doc.Info.Title;
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Enc(lang)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Enc(title)).Append("</title>\n")
            .Append("<style>body{font-family:sans-serif;line-height:1.5;max-width:50em;margin:auto;padding:1em}")
            .Append("table{border-collapse:collapse}th,td{border:1px solid #555;padding:.25em .5em}img{max-width:100%}")
            .Append("figure{margin:1em 0}.footnote{font-size:.9em}</style>\n</head>\n<body>\n<main>\n");
        if (!levels.Values.Contains(1))
        {
            // axe page-has-heading-one: a document without headings still gets its title as the top heading.
            html.Append("<h1>").Append(Enc(title)).Append("</h1>\n");
        }

        foreach (var node in nodes)
        {
            if (node.Block is not { } block)
            {
                pendingMarker += Marker(node.PageBreak);
                continue;
            }

            if (block.Role == BlockRole.ListItem)
            {
                WriteListItem(block);
                continue;
            }

            html.Append(lists.CloseAll());
            FlushMarker();
            WriteBlock(block, node, levels);
        }

        html.Append(lists.CloseAll());
        FlushMarker();
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);

    /// <summary>
    /// The page marker. Its name comes from title, not aria-label: axe allows aria-label with doc-pagebreak only on
    /// hr, and an hr cannot sit inside the paragraph a page break interrupts.
    /// </summary>
    private static string Marker(int page) =>
        $"<span id=\"page-{page}\" class=\"page-marker\" role=\"doc-pagebreak\" title=\"Page {page}\"></span>";

    private void FlushMarker()
    {
        if (pendingMarker.Length > 0)
        {
            html.Append(pendingMarker).Append('\n');
            pendingMarker = "";
        }
    }

    private void WriteListItem(Block block)
    {
        if (!lists.IsOpen)
        {
            FlushMarker();
        }

        html.Append(lists.Open(block.Level, block.Ordered));

        // Inside a list a marker must live in an item: ul/ol may only contain li (axe "list").
        html.Append(pendingMarker).Append(InlineText.Html(block.Text, block.Links));
        pendingMarker = "";
    }

    private void WriteBlock(Block block, RenderNode node, Dictionary<Block, int> levels)
    {
        switch (block.Role)
        {
            case BlockRole.Heading when levels.TryGetValue(block, out var level):
                html.Append($"<h{level} id=\"{TocRender.HeadingId(block)}\"{Lang(block)}>").Append(InlineText.Html(block.Text.Trim(), block.Links)).Append($"</h{level}>\n");
                break;
            case BlockRole.Heading:
                break;
            case BlockRole.TableOfContents:
                toc.Html(html, block);
                break;
            case BlockRole.Table:
                TableHtml.Write(html, block);
                break;
            case BlockRole.Figure:
                FigureHtml(block);
                break;
            case BlockRole.Code:
                html.Append("<pre><code>").Append(Enc(block.Text)).Append("</code></pre>\n");
                break;
            case BlockRole.Quote:
                html.Append("<blockquote><p").Append(Lang(block)).Append('>').Append(InlineText.Html(block.Text, block.Links)).Append("</p></blockquote>\n");
                break;
            case BlockRole.Footnote:
                html.Append("<p class=\"footnote\" role=\"note\">").Append(InlineText.Html(block.Text, block.Links)).Append("</p>\n");
                break;
            default:
                html.Append("<p").Append(Lang(block)).Append('>').Append(InlineText.Html(block.Text, block.Links));
                foreach (var (page, part) in node.Continuations)
                {
                    html.Append(' ').Append(page > 0 ? Marker(page) : "").Append(InlineText.Html(part.Text, part.Links));
                }

                html.Append("</p>\n");
                break;
        }
    }

    private static string Lang(Block block) => block.Language is { Length: > 0 } lang ? $" lang=\"{Enc(lang)}\"" : "";

    private void FigureHtml(Block block)
    {
        var figure = block.Figure;
        if (figure is { Decorative: true })
        {
            // An image that carries no information is hidden from assistive technology (WCAG 1.1.1, H67).
            if (figure.ImageDataUri is { } image && image.StartsWith("data:image/", StringComparison.Ordinal))
            {
                html.Append("<img src=\"").Append(Enc(image)).Append("\" alt=\"\">\n");
            }

            return;
        }

        var alt = figure?.AltText is { Length: > 0 } a ? a : block.Text.Length > 0 ? block.Text : $"Figure on page {block.Page}";
        html.Append("<figure>");
        if (figure?.ImageDataUri is { } src && src.StartsWith("data:image/", StringComparison.Ordinal))
        {
            html.Append("<img src=\"").Append(Enc(src)).Append("\" alt=\"").Append(Enc(alt)).Append("\">");
        }
        else
        {
            html.Append("<div role=\"img\" aria-label=\"").Append(Enc(alt)).Append("\"></div>");
        }

        if (block.Text.Length > 0)
        {
            html.Append("<figcaption>").Append(Enc(block.Text)).Append("</figcaption>");
        }

        html.Append("</figure>\n");
    }
}
