using EqualifyPdf.Conversion.Layout;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>A block while the structure step is still deciding its role, level and neighbours.</summary>
internal sealed class Draft
{
    public required LayoutBlock Source { get; init; }
    public required BlockRole Role { get; set; }
    public string Text { get; set; } = "";
    public int Level { get; set; }
    public bool Ordered { get; set; }
    public bool ContinuesPrevious { get; set; }
    public double Confidence { get; set; } = 0.9;

    /// <summary>A "Figure 3: …" / "Table 2: …" caption waiting to be attached to its figure or table.</summary>
    public bool IsCaption { get; set; }

    /// <summary>Merged into another draft; dropped from the output.</summary>
    public bool Absorbed { get; set; }

    /// <summary>For headings: the font style rank (0 = largest), before numbering and tags are considered.</summary>
    public int StyleRank { get; set; } = -1;
    public string? Caption { get; set; }
    public IReadOnlyList<TableRow>? Rows { get; set; }

    /// <summary>For a table of contents: its entries; levels are set once the whole document is known.</summary>
    public List<TocEntry>? Entries { get; set; }

    /// <summary>For headings: the level was taken from a table-of-contents entry naming this heading.</summary>
    public bool LevelFromToc { get; set; }

    /// <summary>For headings: a bold lead phrase run in with the paragraph after it (LaTeX <c>\paragraph</c>).</summary>
    public bool RunIn { get; set; }
    public FigureInfo? Figure { get; set; }
    public List<LinkSpan> Links { get; } = [];

    /// <summary>Extra lines merged in from a continuation in another column (their links count too).</summary>
    public List<Extraction.TextLine> ExtraLines { get; } = [];
    public int Page => Source.Page;
}
