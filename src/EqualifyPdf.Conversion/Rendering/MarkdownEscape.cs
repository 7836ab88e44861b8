using System.Text.RegularExpressions;

namespace EqualifyPdf.Conversion.Rendering;

/// <summary>Escapes text so Markdown renders it literally.</summary>
internal static partial class MarkdownEscape
{
    public static string Inline(string text) => Special().Replace(text, @"\$1");

    /// <summary>Escapes what would start a heading, list or quote at the beginning of already inline-escaped text.</summary>
    public static string Block(string text)
    {
        return LineStart().Replace(text, m => m.Value.Length > 0 && char.IsDigit(m.Value[0]) ? m.Value[..^1] + "\\" + m.Value[^1] : "\\" + m.Value);
    }

    public static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    [GeneratedRegex(@"([\\`*_\[\]<>])")]
    private static partial Regex Special();

    [GeneratedRegex(@"^(?:[#>+\-=]|\d+[.)])", RegexOptions.Multiline)]
    private static partial Regex LineStart();
}
