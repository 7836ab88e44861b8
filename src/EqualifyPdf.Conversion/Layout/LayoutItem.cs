using EqualifyPdf.Conversion.Extraction;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>Something with a box that takes part in reading order: a text line, a table or a figure.</summary>
internal sealed class LayoutItem
{
    public required LayoutKind Kind { get; init; }
    public required double Left { get; init; }
    public required double Top { get; init; }
    public required double Right { get; init; }
    public required double Bottom { get; init; }
    public TextLine? Line { get; init; }
    public TableGrid? Table { get; init; }
    public PageImage? Image { get; init; }

    /// <summary>For a table of contents: its printed title ("Contents"), empty when none.</summary>
    public string TocTitle { get; init; } = "";

    /// <summary>For a table of contents: its rows.</summary>
    public IReadOnlyList<TocLine>? Toc { get; init; }

    /// <summary>Author's /Alt from the structure tree, for figures.</summary>
    public string? Alt { get; init; }

    public double Width => Right - Left;
    public double Height => Bottom - Top;

    public static LayoutItem ForLine(TextLine line) => new()
    {
        Kind = LayoutKind.Line, Left = line.Left, Top = line.Top, Right = line.Right, Bottom = line.Bottom, Line = line,
    };

    public override string ToString() => Kind == LayoutKind.Line ? Line!.Text : Kind.ToString();
}
