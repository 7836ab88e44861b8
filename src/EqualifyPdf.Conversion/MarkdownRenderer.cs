using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Conversion.Rendering;

namespace EqualifyPdf.Conversion;

/// <summary>Turns a <see cref="DocumentModel"/> into GitHub-flavoured Markdown.</summary>
public static class MarkdownRenderer
{
    /// <summary>Renders the document as GitHub-flavoured Markdown, with an HTML comment marking each page.</summary>
    /// <param name="doc">The converted (and possibly corrected) document.</param>
    /// <returns>The Markdown text.</returns>
    public static string Render(DocumentModel doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return new MarkdownWriter(doc).Write();
    }
}
