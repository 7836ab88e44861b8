using EqualifyPdf.Conversion.Tagged;
using UglyToad.PdfPig;

namespace EqualifyPdf.Conversion.Extraction;

/// <summary>Title and language from the PDF's metadata and catalog.</summary>
internal static class DocumentMetadata
{
    private static readonly string[] MeaninglessTitles = ["untitled", "document", "microsoft word", "slide 1", "presentation"];

    /// <summary>The metadata title, or null when absent or clearly a file name or placeholder.</summary>
    public static string? Title(PdfDocument document)
    {
        string? title;
        try
        {
            title = document.Information.Title?.Trim();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var lower = title.ToLowerInvariant();
        var fileName = lower.EndsWith(".pdf", StringComparison.Ordinal) || lower.EndsWith(".docx", StringComparison.Ordinal)
            || lower.EndsWith(".doc", StringComparison.Ordinal) || lower.EndsWith(".html", StringComparison.Ordinal)
            || lower.StartsWith("file:", StringComparison.Ordinal) || lower.StartsWith("http", StringComparison.Ordinal);
        return fileName || MeaninglessTitles.Any(m => lower.StartsWith(m, StringComparison.Ordinal)) ? null : title;
    }

    /// <summary>The catalog's /Lang, when it looks like a BCP 47 tag.</summary>
    public static string? Language(PdfDocument document)
    {
        try
        {
            var lang = PdfTokens.GetString(document.Structure.Catalog.CatalogDictionary, "Lang", document.Structure.TokenScanner)?.Trim();
            return !string.IsNullOrEmpty(lang) && lang.Length <= 35 && lang.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? lang : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }
}
