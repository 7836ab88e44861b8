namespace EqualifyPdf.Conversion.Layout;

/// <summary>One cell of a <see cref="TableGrid"/>.</summary>
internal sealed record GridCell(string Text, int ColSpan, bool Bold);
