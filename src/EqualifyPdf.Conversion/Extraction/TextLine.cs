namespace EqualifyPdf.Conversion.Extraction;

/// <summary>A run of words on one baseline, not crossing a column gap.</summary>
internal sealed class TextLine
{
    public TextLine(List<TextWord> words)
    {
        Words = words;
        double left = double.MaxValue, right = double.MinValue, top = double.MaxValue, bottom = double.MinValue;
        double size = 0, bold = 0, mono = 0, italic = 0;
        var chars = 0;
        var longest = words[0];
        var text = new System.Text.StringBuilder();
        foreach (var w in words)
        {
            var n = w.Text.Length;
            left = Math.Min(left, w.Left);
            right = Math.Max(right, w.Right);
            top = Math.Min(top, w.Top);
            bottom = Math.Max(bottom, w.Bottom);
            chars += n;
            size = Math.Max(size, w.FontSize);
            bold += w.Bold ? n : 0;
            italic += w.Italic ? n : 0;
            mono += w.Monospace ? n : 0;
            longest = n > longest.Text.Length ? w : longest;
            text.Append(text.Length > 0 ? " " : "").Append(w.Text);
        }

        (Left, Right, Top, Bottom) = (left, right, top, bottom);
        FontSize = size;
        BoldFraction = chars == 0 ? 0 : bold / chars;
        ItalicFraction = chars == 0 ? 0 : italic / chars;
        MonospaceFraction = chars == 0 ? 0 : mono / chars;
        Text = text.ToString();

        // The longest word's baseline: a footnote mark or exponent must not move the line.
        Baseline = longest.Baseline;
    }

    public List<TextWord> Words { get; }
    public string Text { get; }
    public double Left { get; }
    public double Right { get; }
    public double Top { get; }
    public double Bottom { get; }
    public double Baseline { get; }

    /// <summary>Largest font size on the line (drop caps aside, the line's own size).</summary>
    public double FontSize { get; }
    public double BoldFraction { get; }
    public double ItalicFraction { get; }
    public double MonospaceFraction { get; }
    public double Width => Right - Left;
    public double Height => Bottom - Top;
    public double CenterX => (Left + Right) / 2;

    /// <summary>The structure tag most of the line's words carry, null when untagged.</summary>
    public Tagged.StructTag? Tag { get; set; }

    /// <summary>The structure-tree role of <see cref="Tag"/> (P, H2, TD…), null when untagged.</summary>
    public string? TagRole => Tag?.Role;

    /// <summary>Set when the line was consumed by a table, figure or header/footer.</summary>
    public bool Consumed { get; set; }

    public override string ToString() => Text;
}
