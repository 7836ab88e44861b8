namespace EqualifyPdf.Conversion.Layout;

/// <summary>What a <see cref="LayoutItem"/> holds.</summary>
internal enum LayoutKind
{
    /// <summary>One line segment of text.</summary>
    Line,

    /// <summary>A table found from rulings, column alignment or tags.</summary>
    Table,

    /// <summary>An image or image-like region.</summary>
    Figure,

    /// <summary>A printed table of contents: entries with dot leaders and page numbers.</summary>
    Toc,
}
