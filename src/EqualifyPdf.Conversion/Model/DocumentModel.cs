namespace EqualifyPdf.Conversion.Model;

/// <summary>
/// The page-addressable result of a conversion: what the renderers turn into HTML and Markdown and what the
/// per-page correction step edits. Plain records so it round-trips through System.Text.Json unchanged.
/// </summary>
/// <param name="Info">Document-wide facts: title, language, page count.</param>
/// <param name="Pages">One entry per PDF page, in page order.</param>
public sealed record DocumentModel(DocumentInfo Info, IReadOnlyList<PageModel> Pages);

/// <summary>Document-wide facts.</summary>
/// <param name="Title">From the PDF metadata, else the first top-level heading, else the file name.</param>
/// <param name="Language">BCP 47 tag from the PDF's /Lang, else the configured default.</param>
/// <param name="PageCount">Number of pages in the source PDF.</param>
public sealed record DocumentInfo(string Title, string Language, int PageCount)
{
    /// <summary>Problems that did not stop the conversion but limit it, e.g. scanned pages left without OCR.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
