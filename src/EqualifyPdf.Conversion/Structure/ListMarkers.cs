using System.Text.RegularExpressions;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>Recognises list markers at the start of a line: bullets, numbers, letters and roman numerals.</summary>
internal static partial class ListMarkers
{
    /// <summary>The marker and whether it numbers the item, or null when the text does not start with one.</summary>
    public static (string Marker, bool Ordered)? Match(string text)
    {
        var bullet = Bullet().Match(text);
        if (bullet.Success)
        {
            return (bullet.Groups[1].Value, false);
        }

        var number = Number().Match(text);
        return number.Success ? (number.Groups[1].Value, true) : null;
    }

    /// <summary>The text without its marker.</summary>
    public static string Strip(string text)
    {
        var m = Match(text);
        return m == null ? text : text[m.Value.Marker.Length..].TrimStart();
    }

    /// <summary>
    /// A heading number such as <c>2.3</c>, <c>2.3.1.</c>, <c>A.1</c>, <c>Chapter 3</c> or <c>Appendix B</c>: its depth
    /// (number of parts; a chapter or appendix is 1), else 0.
    /// </summary>
    public static int NumberingDepth(string text)
    {
        if (Chapter().IsMatch(text))
        {
            return 1;
        }

        var m = HeadingNumber().Match(text);
        return m.Success ? m.Groups[1].Value.Split('.', StringSplitOptions.RemoveEmptyEntries).Length : 0;
    }

    // Symbol fonts (OpenSymbol, Wingdings) map their bullets into the private use area: LibreOffice's is U+E008.
    [GeneratedRegex(@"^([•◦▪▫■□●○◆◇‣⁃∙·\-–—*➢►▶✓✔\uE000-\uF8FF])\s+\S")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^((?:\d{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]|\((?:\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,6})\))\s+\S")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(\d{1,2}(?:\.\d{1,2}){0,4}|[A-Z](?:\.\d{1,2}){1,4})\.?\s+\p{Lu}")]
    private static partial Regex HeadingNumber();

    [GeneratedRegex(@"^(?:Chapter|CHAPTER|Appendix|APPENDIX)\s+(?:\d{1,3}|[A-Z]|[IVXLC]{1,6})\b")]
    private static partial Regex Chapter();
}
