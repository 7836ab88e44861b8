using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Corrections.Llm.Review;

namespace EqualifyPdf.Workflow.Corrections;

/// <summary>The document facts every page's model call sees (stored by the document pass in <c>headings.json</c>).</summary>
/// <param name="Language">The document's language.</param>
/// <param name="Headings">Its headings in reading order.</param>
public sealed record DocumentOutline(string Language, IReadOnlyList<OutlineEntry> Headings)
{
    /// <summary>The headings of <paramref name="document"/>.</summary>
    public static DocumentOutline Of(DocumentModel document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentOutline(document.Info.Language, [.. document.Pages.SelectMany(p => p.Blocks)
            .Where(b => b.Role == BlockRole.Heading)
            .Select(b => new OutlineEntry(b.Id, b.Text.Length > 120 ? b.Text[..120] : b.Text, b.Page, b.Level, b.Box.Height))]);
    }
}
