namespace EqualifyPdf.Conversion.Model;

/// <summary>
/// One structural element of a page. Which optional members are set depends on <see cref="Role"/>.
/// </summary>
public sealed record Block
{
    /// <summary>Stable id, unique in the document (e.g. <c>p3-b7</c>), used by the correction ledger.</summary>
    public required string Id { get; init; }

    /// <summary>What the block is.</summary>
    public required BlockRole Role { get; init; }

    /// <summary>The block's text; for tables the caption, for figures the caption text.</summary>
    public string Text { get; init; } = "";

    /// <summary>1-based page the block sits on.</summary>
    public required int Page { get; init; }

    /// <summary>Position on the page in PDF points, origin top-left.</summary>
    public required BoundingBox Box { get; init; }

    /// <summary>How sure the engine is of the role and text, 0 to 1.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>Heading level 1–6 for headings; list nesting depth (0 = top) for list items; otherwise 0.</summary>
    public int Level { get; init; }

    /// <summary>For list items: part of a numbered list.</summary>
    public bool Ordered { get; init; }

    /// <summary>For paragraphs: continues the last paragraph of the previous page (joined when rendering).</summary>
    public bool ContinuesPrevious { get; init; }

    /// <summary>For tables: rows of cells, header rows first.</summary>
    public IReadOnlyList<TableRow>? Rows { get; init; }

    /// <summary>For figures: the image and its text alternative.</summary>
    public FigureInfo? Figure { get; init; }

    /// <summary>For tables of contents: the entries in order, each with its nesting level.</summary>
    public IReadOnlyList<TocEntry>? Entries { get; init; }

    /// <summary>Link annotations whose anchor text lies inside this block.</summary>
    public IReadOnlyList<LinkSpan>? Links { get; init; }

    /// <summary>BCP 47 language of a block written in another language than the document's; null otherwise.</summary>
    public string? Language { get; init; }
}

/// <summary>Structural roles a block can take.</summary>
public enum BlockRole
{
    Heading,
    Paragraph,
    ListItem,
    Table,
    Code,
    Quote,
    Footnote,
    Figure,

    /// <summary>A printed table of contents or list of figures/tables (text is its title, e.g. "Contents").</summary>
    TableOfContents,
}

/// <summary>A rectangle in PDF points with the origin at the page's top-left corner.</summary>
public sealed record BoundingBox(double Left, double Top, double Width, double Height);

/// <summary>A table row.</summary>
/// <param name="Cells">Cells left to right.</param>
/// <param name="IsHeader">A header row (rendered as <c>th scope="col"</c>).</param>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, bool IsHeader);

/// <summary>A table cell.</summary>
/// <param name="Text">Cell text.</param>
/// <param name="IsRowHeader">First-column header cell (rendered as <c>th scope="row"</c>).</param>
/// <param name="ColSpan">Columns spanned, at least 1.</param>
public sealed record TableCell(string Text, bool IsRowHeader = false, int ColSpan = 1);

/// <summary>An image (or image-like region) and its text alternative.</summary>
/// <param name="AltText">Text alternative: the author's /Alt, else derived from the caption.</param>
/// <param name="AltIsGenerated">True when no author-supplied alternative existed: flagged for the correction step.</param>
/// <param name="ImageDataUri">The image as a data: URI when it could be extracted, else null.</param>
/// <param name="Decorative">The image carries no information: rendered with an empty text alternative.</param>
public sealed record FigureInfo(string AltText, bool AltIsGenerated, string? ImageDataUri, bool Decorative = false);

/// <summary>A hyperlink inside a block.</summary>
/// <param name="Text">The anchor text as it appears in the block's text.</param>
/// <param name="Href">The target URI.</param>
public sealed record LinkSpan(string Text, string Href);
