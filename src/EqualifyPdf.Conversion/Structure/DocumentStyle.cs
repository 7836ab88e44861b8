using EqualifyPdf.Conversion.Layout;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>Document-wide font statistics: the body text size, against which headings and footnotes are judged.</summary>
internal sealed class DocumentStyle
{
    private DocumentStyle(double bodySize) => BodySize = bodySize;

    public double BodySize { get; }

    /// <summary>True when any block carries a heading tag: the author's headings are then trusted over guesses.</summary>
    public bool TaggedHeadings { get; private init; }

    public static DocumentStyle From(IEnumerable<LayoutBlock> blocks)
    {
        var text = blocks.Where(b => b.Kind == LayoutKind.Line).ToList();
        // Code is set smaller than prose and can outweigh it in a programming text: the body is the prose.
        var lines = text.SelectMany(b => b.Lines).ToList();
        var prose = lines.Where(l => l.MonospaceFraction < 0.5).ToList();
        var body = (prose.Sum(l => l.Text.Length) * 5 >= lines.Sum(l => l.Text.Length) ? prose : lines)
            .GroupBy(l => Math.Round(l.FontSize * 2) / 2)
            .Select(g => (Size: g.Key, Chars: g.Sum(l => l.Text.Length)))
            .DefaultIfEmpty((Size: 10, Chars: 0))
            .MaxBy(x => x.Chars).Size;
        var tagged = text.Any(b => b.Tag is { } t && (t.HeadingLevel > 0 || t.Role == "H"));
        return new DocumentStyle(body) { TaggedHeadings = tagged };
    }
}
