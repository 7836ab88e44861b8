namespace EqualifyPdf.Conversion.Tagged;

/// <summary>
/// What the PDF's structure tree says about one piece of marked content: its standard role (after /RoleMap), the
/// element it belongs to, and the author's /Alt text where the element carries one.
/// </summary>
/// <param name="Role">Standard structure type, e.g. H1, P, LI, TD, Figure.</param>
/// <param name="ElementId">Index of the structure element, so content of one element can be grouped.</param>
/// <param name="Alt">The element's (or an ancestor figure's) /Alt text.</param>
/// <param name="ListDepth">How many L elements enclose it (0 outside lists).</param>
/// <param name="TableId">Index of the enclosing Table element, or -1.</param>
/// <param name="RowId">Index of the enclosing TR element, or -1.</param>
/// <param name="CellId">Index of the enclosing TD/TH element, or -1: a cell holding several paragraphs is still one cell.</param>
/// <param name="HeaderCell">The enclosing cell is a TH.</param>
/// <param name="LayoutGrid">
/// The table is a grid of NonStruct elements (Chromium tags a table it judges presentational that way), so only
/// the page geometry can confirm it is a table.
/// </param>
internal sealed record StructTag(string Role, int ElementId, string? Alt, int ListDepth, int TableId, int RowId,
    int CellId = -1, bool HeaderCell = false, bool LayoutGrid = false)
{
    /// <summary>
    /// Where this piece of content comes in a walk of the whole tree: the author's reading order, across elements
    /// and pages (the element's own index is given before its children's, so it cannot order content itself).
    /// </summary>
    public int Order { get; init; }

    public int HeadingLevel => Role.Length == 2 && Role[0] == 'H' && char.IsDigit(Role[1]) ? Role[1] - '0' : 0;
}
