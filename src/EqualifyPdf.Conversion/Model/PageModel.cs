namespace EqualifyPdf.Conversion.Model;

/// <summary>One page of the converted document.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Width">Page width in PDF points.</param>
/// <param name="Height">Page height in PDF points.</param>
/// <param name="Blocks">Blocks in reading order.</param>
/// <param name="TextSource">Where the page's text came from.</param>
public sealed record PageModel(int Number, double Width, double Height, IReadOnlyList<Block> Blocks, PageTextSource TextSource);

/// <summary>Where a page's text came from.</summary>
public enum PageTextSource
{
    /// <summary>The PDF's own text layer.</summary>
    TextLayer,
    /// <summary>Recognised by OCR from a page-sized image.</summary>
    Ocr,
    /// <summary>The page needed OCR but none was available; its text may be missing.</summary>
    NotOcred,
}
