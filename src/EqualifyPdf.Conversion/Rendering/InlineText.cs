using System.Net;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Rendering;

/// <summary>Finds link anchors in a block's text and renders text with links for HTML or Markdown.</summary>
internal static class InlineText
{
    public static string Html(string text, IReadOnlyList<LinkSpan>? links) =>
        Render(text, links, WebUtility.HtmlEncode, (anchor, href) => $"<a href=\"{WebUtility.HtmlEncode(href)}\">{WebUtility.HtmlEncode(anchor)}</a>");

    public static string Markdown(string text, IReadOnlyList<LinkSpan>? links) =>
        Render(text, links, MarkdownEscape.Inline, (anchor, href) => $"[{MarkdownEscape.Inline(anchor)}](<{href.Replace(">", "%3E", StringComparison.Ordinal)}>)");

    /// <summary>Only web and mail links survive: a javascript: or file: URI from a hostile PDF must not become a live link.</summary>
    public static bool IsSafe(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "ftp";

    private static string Render(string text, IReadOnlyList<LinkSpan>? links, Func<string, string> escape, Func<string, string, string> link)
    {
        if (links is not { Count: > 0 })
        {
            return escape(text);
        }

        var spans = new List<(int Start, int Length, string Href)>();
        foreach (var l in links.Where(l => l.Text.Length > 0 && IsSafe(l.Href)))
        {
            var from = 0;
            while (from < text.Length)
            {
                var at = text.IndexOf(l.Text, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                if (!spans.Any(s => at < s.Start + s.Length && s.Start < at + l.Text.Length))
                {
                    spans.Add((at, l.Text.Length, l.Href));
                    break;
                }

                from = at + 1;
            }
        }

        var sb = new System.Text.StringBuilder();
        var cursor = 0;
        foreach (var (start, length, href) in spans.OrderBy(s => s.Start))
        {
            sb.Append(escape(text[cursor..start])).Append(link(text.Substring(start, length), href));
            cursor = start + length;
        }

        return sb.Append(escape(text[cursor..])).ToString();
    }
}
