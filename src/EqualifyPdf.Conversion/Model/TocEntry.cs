namespace EqualifyPdf.Conversion.Model;

/// <summary>One entry of a printed table of contents (or list of figures or tables), without its leader and page number.</summary>
/// <param name="Text">The entry as printed ("2.3 Results").</param>
/// <param name="Level">Nesting depth, 1 for the top entries.</param>
public sealed record TocEntry(string Text, int Level);
