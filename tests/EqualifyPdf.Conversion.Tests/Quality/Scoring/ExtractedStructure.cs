namespace EqualifyPdf.Conversion.Tests.Quality.Scoring;

/// <summary>The structure read back from a converter's HTML output, in the same shape as <see cref="GroundTruth"/>.</summary>
/// <param name="Headings">Headings in document order with their levels.</param>
/// <param name="ListItems">Each list item's own text, nested lists excluded.</param>
/// <param name="TableCells">Text of every table cell (header and data), row by row.</param>
/// <param name="Code">Text of each preformatted code block.</param>
/// <param name="FigureCaptions">Text of each figure caption.</param>
/// <param name="FigureAlts">The <c>alt</c> of every image.</param>
/// <param name="LinkTargets">The <c>href</c> of every link.</param>
/// <param name="Quotes">Text of each block quote.</param>
/// <param name="Text">All visible text of the document body in document order, page markers excluded.</param>
public sealed record ExtractedStructure(
    IReadOnlyList<TruthHeading> Headings,
    IReadOnlyList<string> ListItems,
    IReadOnlyList<string> TableCells,
    IReadOnlyList<string> Code,
    IReadOnlyList<string> FigureCaptions,
    IReadOnlyList<string> FigureAlts,
    IReadOnlyList<string> LinkTargets,
    IReadOnlyList<string> Quotes,
    string Text);
