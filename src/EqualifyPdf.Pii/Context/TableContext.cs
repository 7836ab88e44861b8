using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Context;

/// <summary>
/// Context that comes from a table's header row rather than from the words just before a value: in a roster the
/// "Student ID" label sits at the top of its column, many lines above the number.
/// </summary>
internal static class TableContext
{
    // Tables longer than a page are rare; past this many rows the header is too far away to speak for a value.
    private const int MaxRowsBelowHeader = 80;

    /// <summary>Whether the first line of the block (run of non-blank lines) holding the position has a phrase.</summary>
    public static bool HeaderHas(PageText page, int position, ContextPhrases phrases)
    {
        var line = page.LineOf(position);
        var top = page.BlockTop(line);
        // A "Label: value" line heads a form, not a table; its label speaks only for its own value.
        return top < line && line - top <= MaxRowsBelowHeader && !page.Line(top).Contains(':') && page.LineHas(top, phrases);
    }
}
