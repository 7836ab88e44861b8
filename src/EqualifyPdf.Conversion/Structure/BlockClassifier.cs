using System.Text.RegularExpressions;
using EqualifyPdf.Conversion.Layout;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>
/// Gives each text block its role from tags (when present and consistent with the layout) and from typography:
/// size and weight against the body text, monospace faces, list markers, indentation, position on the page.
/// </summary>
internal sealed partial class BlockClassifier(DocumentStyle style, TextJoiner joiner)
{
    public Draft Classify(LayoutBlock block, double pageHeight, (double Left, double Right) region)
    {
        var draft = new Draft { Source = block, Role = BlockRole.Paragraph };
        var first = block.FirstLineText;
        var marker = ListMarkers.Match(first);
        var tag = block.Tag;
        var role = tag?.Role;
        var size = block.FontSize;
        var body = style.BodySize;

        if (block.MonospaceFraction >= 0.8 || role == "Code" || (role is not ("LI" or "LBody" or "TD" or "TH") && CommandSynopsis.Matches(block)))
        {
            draft.Role = BlockRole.Code;
            draft.Text = CodeText(block);
            return draft;
        }

        draft.Text = joiner.Join(block.Lines.Select(l => l.Text));
        if (CaptionPattern().IsMatch(draft.Text) || role == "Caption")
        {
            draft.IsCaption = true;
        }

        if (tag is { HeadingLevel: > 0 } && block.Lines.Count <= 4)
        {
            return Heading(draft, tag.HeadingLevel, 0.97);
        }

        if (tag == null && IsEnumeratedEmphasis(block, first))
        {
            return draft;
        }

        if (role is "LI" || (marker != null && !IsHeadingLike(block, draft.Text) && role is null or "P" or "LI" or "Document"))
        {
            draft.Role = BlockRole.ListItem;
            draft.Ordered = marker?.Ordered ?? false;
            draft.Text = marker != null ? ListMarkers.Strip(draft.Text) : draft.Text;
            draft.Level = tag is { ListDepth: > 0 } ? tag.ListDepth - 1 : -1;
            draft.Confidence = tag != null ? 0.95 : 0.85;
            return draft;
        }

        var trustTags = style.TaggedHeadings && tag != null;
        if (!draft.IsCaption && (role == "H" || (!trustTags && IsHeadingLike(block, draft.Text)) || (trustTags && size >= body * 1.3 && IsHeadingLike(block, draft.Text))))
        {
            return Heading(draft, 0, tag != null ? 0.9 : 0.8);
        }

        if (role is "BlockQuote" || (role is null or "P" && IsIndentedBothSides(block, region, body) && !draft.IsCaption))
        {
            draft.Role = BlockRole.Quote;
            return draft;
        }

        if (role is "Note" || (size <= body * 0.9 && block.Top > pageHeight * 0.7 && FootnoteStart().IsMatch(first)))
        {
            draft.Role = BlockRole.Footnote;
        }

        return draft;
    }

    private static Draft Heading(Draft draft, int level, double confidence)
    {
        draft.Role = BlockRole.Heading;
        draft.Level = level;
        draft.Confidence = confidence;
        return draft;
    }

    private bool IsHeadingLike(LayoutBlock block, string text)
    {
        // A lower-case start reads as a sentence, unless the type is clearly display size ("git-branch(1) Manual Page").
        var lowerStart = char.IsLower(text[0]) && block.FontSize < style.BodySize * 1.25;
        if (block.Lines.Count > 3 || text.Length > 200 || text.Length < 2 || lowerStart || CaptionPattern().IsMatch(text))
        {
            return false;
        }

        var last = text[^1];
        if (last is ',' or ';' || (last == '.' && ListMarkers.NumberingDepth(text) == 0 && text.Count(c => c == '.') > 1))
        {
            return false;
        }

        var body = style.BodySize;
        var size = block.FontSize;
        if (size >= body * 1.15)
        {
            return true;
        }

        return Emphasis.IsBold(block, 0.85) && size >= body * 0.95 && block.Lines.Count <= 2 && text.Length <= 120 && last != '.';
    }

    /// <summary>
    /// A bold line at body size led by a parenthesised number ("(1) How do I create an AUTOINCREMENT field?") is an
    /// enumerated question or claim set in bold, not a section: section numbers are never parenthesised, and list
    /// items are not set in bold. It stays a paragraph.
    /// </summary>
    private bool IsEnumeratedEmphasis(LayoutBlock block, string first) =>
        block.FontSize < style.BodySize * 1.15 && Emphasis.IsBold(block, 0.85) && ParenthesisedNumber().IsMatch(first);

    private static bool IsIndentedBothSides(LayoutBlock block, (double Left, double Right) region, double body) =>
        block.Left >= region.Left + (1.5 * body) && block.Right <= region.Right - (1.5 * body)
        && (block.Lines.Count >= 2 || block.Right - block.Left > 0.5 * (region.Right - region.Left));

    private static string CodeText(LayoutBlock block)
    {
        var left = block.Lines.Min(l => l.Left);
        var charWidth = Math.Max(block.FontSize * 0.6, 1);
        var lines = new List<string>();
        double? lastBaseline = null;
        foreach (var line in block.Lines)
        {
            // Blank lines inside code survive as extra baseline distance.
            if (lastBaseline is { } b && line.Baseline - b > 1.9 * line.FontSize)
            {
                lines.Add("");
            }

            var indent = (int)Math.Round((line.Left - left) / charWidth);
            lines.Add(new string(' ', Math.Clamp(indent, 0, 80)) + CodeLine(line, charWidth));
            lastBaseline = line.Baseline;
        }

        return string.Join('\n', lines);
    }

    /// <summary>Rebuilds a code line's inner spacing from word positions (monospace: one space per character cell).</summary>
    private static string CodeLine(Extraction.TextLine line, double charWidth)
    {
        var sb = new System.Text.StringBuilder();
        var x = line.Words[0].Left;
        foreach (var w in line.Words)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ', Math.Clamp((int)Math.Round((w.Left - x) / charWidth), 1, 40));
            }

            sb.Append(w.Text);
            x = w.Right;
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^(?:Figure|Fig\.|Table|Chart|Diagram|Image|Listing|Exhibit|Photo)\s*\d+[A-Za-z]?\s*[:.\-–—]", RegexOptions.IgnoreCase)]
    public static partial Regex CaptionPattern();

    [GeneratedRegex(@"^\(\d{1,3}\)\s+\S")]
    private static partial Regex ParenthesisedNumber();

    [GeneratedRegex(@"^(?:\d{1,3}|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+)[.)]?\s*\S")]
    private static partial Regex FootnoteStart();
}
