using EqualifyPdf.Conversion.Extraction;
using EqualifyPdf.Conversion.Tagged;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>A paragraph-like group of lines (or one table or figure) in reading order, before roles are assigned.</summary>
internal sealed class LayoutBlock
{
    public required int Page { get; init; }

    /// <summary>Index of the column region on the page; a change of region is a column (or page) break.</summary>
    public required int Region { get; init; }
    public required LayoutKind Kind { get; init; }
    public List<TextLine> Lines { get; init; } = [];
    public LayoutItem? Item { get; init; }

    /// <summary>The structure tag most of the block's words carry, if the PDF is tagged.</summary>
    public StructTag? Tag { get; set; }

    public double Left => Item?.Left ?? Lines.Min(l => l.Left);
    public double Top => Item?.Top ?? Lines.Min(l => l.Top);
    public double Right => Item?.Right ?? Lines.Max(l => l.Right);
    public double Bottom => Item?.Bottom ?? Lines.Max(l => l.Bottom);

    /// <summary>Font size carrying most of the block's characters.</summary>
    public double FontSize => Lines.Count == 0 ? 0 : Cached(ref fontSize, () => Lines.GroupBy(l => l.FontSize).MaxBy(g => g.Sum(l => l.Text.Length))!.Key);
    public double BoldFraction => Fraction(l => l.BoldFraction);
    public double ItalicFraction => Fraction(l => l.ItalicFraction);
    public double MonospaceFraction => Fraction(l => l.MonospaceFraction);
    public int CharCount => Lines.Sum(l => l.Text.Length);
    public string FirstLineText => Lines.Count == 0 ? "" : Lines[0].Text;

    private (int Count, double Value) fontSize = (-1, 0);

    /// <summary>Blocks are read many times once grouped; recompute only if lines were added since.</summary>
    private double Cached(ref (int Count, double Value) slot, Func<double> compute)
    {
        if (slot.Count != Lines.Count)
        {
            slot = (Lines.Count, compute());
        }

        return slot.Value;
    }

    private double Fraction(Func<TextLine, double> of)
    {
        var chars = CharCount;
        return chars == 0 ? 0 : Lines.Sum(l => of(l) * l.Text.Length) / chars;
    }
}
