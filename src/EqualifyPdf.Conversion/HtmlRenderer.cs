using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Conversion.Rendering;

namespace EqualifyPdf.Conversion;

/// <summary>Turns a <see cref="DocumentModel"/> into a standalone, accessible HTML5 document.</summary>
public static class HtmlRenderer
{
    /// <summary>
    /// Renders the document: <c>html lang</c>, <c>title</c>, everything inside <c>main</c>, headings without skipped
    /// levels, nested lists, tables with header cells, figures with alt text and a page marker per page.
    /// </summary>
    /// <param name="doc">The converted (and possibly corrected) document.</param>
    /// <returns>The HTML text.</returns>
    public static string Render(DocumentModel doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return new HtmlWriter(doc).Write();
    }
}
