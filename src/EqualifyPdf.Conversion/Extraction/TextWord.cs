namespace EqualifyPdf.Conversion.Extraction;

/// <summary>
/// A word on a page in top-left-origin points, with the font facts the layout and structure steps need.
/// Letters are dropped once words are built so a document's pages never all hold their letters at once.
/// </summary>
internal sealed class TextWord
{
    public required string Text { get; set; }
    public required double Left { get; init; }
    public required double Top { get; init; }
    public required double Right { get; set; }
    public required double Bottom { get; init; }

    /// <summary>Baseline y in top-left coordinates.</summary>
    public required double Baseline { get; init; }
    public required double FontSize { get; init; }
    public string FontName { get; init; } = "";
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public bool Monospace { get; init; }

    /// <summary>Marked-content id of the word's first letter, or -1 when untagged.</summary>
    public int Mcid { get; init; } = -1;

    /// <summary>OCR confidence 0–1; 1 for text-layer words.</summary>
    public double Confidence { get; init; } = 1.0;

    public double Width => Right - Left;
    public double Height => Bottom - Top;
    public double CenterX => (Left + Right) / 2;
    public double CenterY => (Top + Bottom) / 2;

    public override string ToString() => Text;
}
