using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace EqualifyPdf.Conversion.Extraction;

/// <summary>
/// Maps letters (and image placements) to the marked-content id (MCID) that encloses them, to join page content with
/// the structure tree's tags.
/// </summary>
internal sealed class McidMap
{
    public Dictionary<Letter, int> Letters { get; } = new(ReferenceEqualityComparer.Instance);
    public List<(PdfRectangle Bounds, int Mcid)> Images { get; } = [];

    public static McidMap Build(Page page)
    {
        var map = new McidMap();
        foreach (var element in page.GetMarkedContents())
        {
            map.Visit(element, -1);
        }

        return map;
    }

    private void Visit(MarkedContentElement element, int inherited)
    {
        var mcid = element.MarkedContentIdentifier >= 0 ? element.MarkedContentIdentifier : inherited;
        if (mcid >= 0)
        {
            foreach (var letter in element.Letters)
            {
                Letters.TryAdd(letter, mcid);
            }

            foreach (var image in element.Images)
            {
                Images.Add((image.BoundingBox, mcid));
            }
        }

        foreach (var child in element.Children)
        {
            Visit(child, mcid);
        }
    }
}
