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
internal sealed record StructTag(string Role, int ElementId, string? Alt, int ListDepth, int TableId, int RowId)
{
    public int HeadingLevel => Role.Length == 2 && Role[0] == 'H' && char.IsDigit(Role[1]) ? Role[1] - '0' : 0;
}
