using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace EqualifyPdf.Conversion.Tests.Quality.Scoring;

/// <summary>
/// Reads headings, lists, tables, code, captions and reading-order text back out of rendered HTML, the way a
/// screen reader meets them: through the elements, not through the converter's internal model.
/// </summary>
public static class HtmlStructureReader
{
    // Inline elements join their text to the neighbours; every other element boundary separates words.
    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "u", "var", "wbr", "time", "data",
    };

    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "head", "title",
    };

    /// <summary>Parses <paramref name="html"/> and extracts its structure.</summary>
    public static ExtractedStructure Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var root = (IElement?)document.QuerySelector("main") ?? document.Body
            ?? throw new InvalidDataException("the HTML has no body");

        var headings = root.QuerySelectorAll("h1, h2, h3, h4, h5, h6")
            .Where(h => !IsPageMarker(h))
            .Select(h => new TruthHeading(h.LocalName[1] - '0', TextOf(h)))
            .ToList();
        var items = root.QuerySelectorAll("li").Select(li => TextOf(li, skipNestedLists: true)).ToList();
        var cells = root.QuerySelectorAll("table td, table th").Select(c => TextOf(c)).ToList();
        var code = root.QuerySelectorAll("pre").Select(p => p.TextContent).ToList();
        var captions = root.QuerySelectorAll("figure figcaption").Select(c => TextOf(c)).ToList();
        var alts = root.QuerySelectorAll("img").Select(i => i.GetAttribute("alt") ?? "").ToList();
        var links = root.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        var quotes = root.QuerySelectorAll("blockquote").Select(q => TextOf(q)).ToList();
        return new ExtractedStructure(headings, items, cells, code, captions, alts, links, quotes, TextOf(root));
    }

    /// <summary>
    /// Page markers are navigation aids the renderer adds ("page 3"), not document text. They are recognised by the
    /// DPUB-ARIA role for page breaks, by being hidden from assistive technology, or by a page-marker class name.
    /// </summary>
    public static bool IsPageMarker(IElement element)
    {
        if (string.Equals(element.GetAttribute("role"), "doc-pagebreak", StringComparison.OrdinalIgnoreCase)
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            || element.HasAttribute("hidden"))
        {
            return true;
        }

        return element.ClassList.Any(c => c.Contains("page-marker", StringComparison.OrdinalIgnoreCase)
            || c.Contains("pagebreak", StringComparison.OrdinalIgnoreCase)
            || c.Contains("page-break", StringComparison.OrdinalIgnoreCase));
    }

    private static string TextOf(IElement element, bool skipNestedLists = false)
    {
        var text = new StringBuilder();
        Append(element, text, skipNestedLists);
        return text.ToString();
    }

    private static void Append(INode node, StringBuilder text, bool skipNestedLists)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
                continue;
            }

            if (child is not IElement e || Invisible.Contains(e.LocalName) || IsPageMarker(e)
                || (skipNestedLists && e.LocalName is "ul" or "ol"))
            {
                continue;
            }

            var separate = !Inline.Contains(e.LocalName);
            if (separate)
            {
                text.Append('\n');
            }

            Append(e, text, skipNestedLists);
            if (separate)
            {
                text.Append('\n');
            }
        }
    }
}
