namespace EqualifyPdf.Conversion.Layout;

/// <summary>A table's cells as found on the page, before header and caption decisions.</summary>
/// <param name="Rows">Rows of cells; each cell's text and column span.</param>
/// <param name="HeaderRows">Leading rows known to be headers (from bold text, a rule or TH tags); 0 when known to have none; -1 when unknown.</param>
/// <param name="RowHeaders">First-column cells are row headers.</param>
/// <param name="TagTableId">The structure element the table was built from (tagged PDFs), or -1: parts of one element on
/// consecutive pages are one table, whatever their widths.</param>
internal sealed record TableGrid(List<List<GridCell>> Rows, int HeaderRows, bool RowHeaders, int TagTableId = -1);
