using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Conversion.Tagged;

namespace EqualifyPdf.Conversion.Extraction;

/// <summary>Everything the layout step needs from one page; the PdfPig page and its letters can be released after this.</summary>
internal sealed class PageContent
{
    public required int Number { get; init; }
    public required double Width { get; init; }
    public required double Height { get; init; }
    public required List<TextLine> Lines { get; init; }
    public List<Ruling> Rulings { get; init; } = [];
    public List<PageImage> Images { get; init; } = [];
    public List<PageLink> Links { get; init; } = [];
    public PageTextSource TextSource { get; init; } = PageTextSource.TextLayer;

    /// <summary>Structure-tree tags by marked-content id, when the PDF is tagged.</summary>
    public IReadOnlyDictionary<int, StructTag>? Tags { get; init; }
}
