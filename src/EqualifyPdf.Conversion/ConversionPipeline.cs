using EqualifyPdf.Conversion.Extraction;
using EqualifyPdf.Conversion.Layout;
using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Conversion.Ocr;
using EqualifyPdf.Conversion.Structure;
using EqualifyPdf.Conversion.Tagged;
using UglyToad.PdfPig.Content;

namespace EqualifyPdf.Conversion;

/// <summary>
/// The conversion steps in order: open, read the structure tree, extract each page (OCR where needed), drop
/// running headers and footers, lay out each page, then structure the whole document.
/// </summary>
internal sealed class ConversionPipeline(ConversionOptions options)
{
    /// <param name="bytes">The PDF.</param>
    /// <param name="forPageText">
    /// The run feeds per-page text to PII scanning: keep headers, footers and page numbers (a name in a footer is
    /// still personal data) and keep each page's content on its own page, so findings get the right page number.
    /// </param>
    /// <param name="cancellation">Signalled when the time budget is spent.</param>
    public DocumentModel Run(byte[] bytes, bool forPageText, CancellationToken cancellation)
    {
        using var document = PdfOpener.Open(bytes, options);
        var count = document.NumberOfPages;
        var tags = StructTreeIndex.TryRead(document);
        using var ocr = options.EnableOcr ? new OcrService(options.OcrLanguage, options.MaxImagePixels) : null;
        var extractor = new PageExtractor(options, tags, ocr);
        var pages = new List<PageContent>(count);
        for (var i = 1; i <= count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            Page page;
            try
            {
                page = document.GetPage(i);
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
            {
                throw new ConversionException(ConversionErrorKind.Corrupt,
                    $"Page {i} of the PDF is damaged and cannot be read. Re-export the document to PDF and upload it again.", ex);
            }

            pages.Add(extractor.Extract(page));
        }

        if (!forPageText)
        {
            HeaderFooterFilter.Apply(pages);
        }

        var blocks = new List<List<LayoutBlock>>(count);
        foreach (var page in pages)
        {
            cancellation.ThrowIfCancellationRequested();
            blocks.Add(BlockGrouper.Group(page.Number, PageLayout.Analyze(page), page.Tags, PageLayout.BodySize(page.Lines)));
        }

        var models = DocumentStructurer.Build(pages, blocks, joinAcrossPages: !forPageText);
        var title = DocumentMetadata.Title(document)
            ?? models.SelectMany(p => p.Blocks).FirstOrDefault(b => b is { Role: BlockRole.Heading, Level: 1 })?.Text
            ?? options.SourceName
            ?? "Untitled document";
        var language = DocumentMetadata.Language(document) ?? options.DefaultLanguage;
        return new DocumentModel(new DocumentInfo(title, language, count) { Warnings = Warnings(models, ocr) }, models);
    }

    private List<string> Warnings(List<PageModel> pages, OcrService? ocr)
    {
        var missing = pages.Where(p => p.TextSource == PageTextSource.NotOcred).Select(p => p.Number).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        var why = ocr?.Problem ?? (options.EnableOcr ? "OCR produced no text." : "OCR is disabled in the conversion options.");
        return [$"Pages {string.Join(", ", missing)} are scanned images without a text layer and were not OCR'd: {why}"];
    }
}
