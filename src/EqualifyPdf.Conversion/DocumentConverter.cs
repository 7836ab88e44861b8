// EqualifyPdf.Conversion turns PDF course materials into a page-addressable document model and renders it as accessible HTML and Markdown.
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion;

/// <summary>
/// The conversion entry point: PDF in, <see cref="DocumentModel"/> out (render it with <see cref="HtmlRenderer"/>
/// or <see cref="MarkdownRenderer"/>). Thread-safe; each call works on its own copy of the input.
/// </summary>
public static class DocumentConverter
{
    /// <summary>Converts a PDF into the document model: blocks with roles, levels, tables, figures and links, per page.</summary>
    /// <param name="pdf">The PDF; read to the end, not disposed.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <returns>The converted document.</returns>
    /// <exception cref="ConversionException">The PDF is encrypted, damaged, empty, too long, or took too long.</exception>
    public static DocumentModel Convert(Stream pdf, ConversionOptions? options = null)
    {
        options ??= new ConversionOptions();
        return TimeBox.Run(pdf, options, (bytes, ct) => new ConversionPipeline(options).Run(bytes, forPageText: false, ct));
    }

    /// <summary>
    /// The text of every page in reading order, one string per page, including running headers and footers (a name
    /// in a footer is still personal data). Each page holds only its own text: a table broken by a page is not joined
    /// here as it is by <see cref="Convert"/>, so PII findings get the right page number. Used by the PII step before
    /// anything is published.
    /// </summary>
    /// <param name="pdf">The PDF; read to the end, not disposed.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <returns>One string per page, blocks separated by blank lines.</returns>
    /// <exception cref="ConversionException">The PDF is encrypted, damaged, empty, too long, or took too long.</exception>
    public static IReadOnlyList<string> ExtractPageTexts(Stream pdf, ConversionOptions? options = null)
    {
        options ??= new ConversionOptions();
        // Page text feeds the PII step only: images are never needed there.
        var textOptions = options with { EmbedImages = false };
        var model = TimeBox.Run(pdf, textOptions, (bytes, ct) => new ConversionPipeline(textOptions).Run(bytes, forPageText: true, ct));
        return model.Pages.Select(PageText.Of).ToList();
    }
}
