using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Conversion.Ocr;
using EqualifyPdf.Conversion.Tagged;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;

namespace EqualifyPdf.Conversion.Extraction;

/// <summary>Reads one PdfPig page into a <see cref="PageContent"/>: lines of words, rulings, images, links, tags.</summary>
internal sealed class PageExtractor(ConversionOptions options, StructTreeIndex? tags, OcrService? ocr)
{
    private readonly LineBuilder lineBuilder = new(new FontTraits());
    private readonly Dictionary<(int, int), (byte[]?, string?)> imageCache = [];

    public PageContent Extract(Page page)
    {
        var width = page.Width;
        var height = page.Height;
        var pageTags = tags?.ForPage(page.Number);
        var mcids = pageTags is { Count: > 0 } ? McidMap.Build(page) : null;
        var letters = page.Letters;
        var lines = Layout.ColumnGapSplitter.Split(lineBuilder.Build(letters, height, mcids));
        var images = ImageReader.Read(page, options, imageCache);
        if (mcids != null && pageTags != null)
        {
            var boxed = tags!.FiguresOnPage(page.Number);
            images = images.Select(i => i with { Alt = AltOf(i, mcids, pageTags, height) ?? AltByBox(i, boxed, height) }).ToList();
        }

        var source = PageTextSource.TextLayer;
        if (NeedsOcr(lines, images, width, height))
        {
            var scan = images.OrderByDescending(i => i.Area).First();
            var ocrLines = ocr?.Recognize(scan, width, height);
            if (ocrLines != null)
            {
                lines = ocrLines;
                source = PageTextSource.Ocr;
            }
            else
            {
                source = PageTextSource.NotOcred;
            }

            // The scan itself is the page, not a figure in it.
            images.Remove(scan);
        }

        var dots = new List<Ruling>();
        var rulings = RulingReader.Read(page, dots);
        return new PageContent
        {
            Number = page.Number,
            Width = width,
            Height = height,
            Lines = DrawnBullets.Attach(lines, dots),
            Rulings = rulings,
            Images = images,
            Links = ReadLinks(page, height),
            TextSource = source,
            Tags = pageTags,
        };
    }

    private static string? AltOf(PageImage image, McidMap mcids, IReadOnlyDictionary<int, StructTag> tags, double height)
    {
        foreach (var (bounds, mcid) in mcids.Images)
        {
            var sameBox = Math.Abs(bounds.Left - image.Left) < 2 && Math.Abs(height - bounds.Top - image.Top) < 2
                && Math.Abs(bounds.Right - image.Right) < 2;
            if (sameBox && tags.TryGetValue(mcid, out var tag) && !string.IsNullOrWhiteSpace(tag.Alt))
            {
                return tag.Alt;
            }
        }

        return null;
    }

    private static string? AltByBox(PageImage image, IReadOnlyList<(double Left, double Bottom, double Right, double Top, string Alt)> figures, double height) =>
        figures.FirstOrDefault(f => Math.Abs(f.Left - image.Left) < 3 && Math.Abs(f.Right - image.Right) < 3
            && Math.Abs(height - f.Top - image.Top) < 3 && Math.Abs(height - f.Bottom - image.Bottom) < 3).Alt;

    /// <summary>A page needs OCR when it has (almost) no text but an image covering most of it.</summary>
    private static bool NeedsOcr(List<TextLine> lines, List<PageImage> images, double width, double height)
    {
        var chars = lines.Sum(l => l.Text.Length);
        return chars < 10 && images.Any(i => i.Area >= 0.5 * width * height);
    }

    /// <summary>
    /// The page's link annotations with a URI action, read from its annotations. PdfPig's <c>GetHyperlinks</c> gives
    /// the same links but also gathers the letters under each one and groups them into words, which this never used:
    /// that search over every letter of the page for every link cost more than reading the annotations.
    /// </summary>
    private static List<PageLink> ReadLinks(Page page, double height)
    {
        var links = new List<PageLink>();
        try
        {
            foreach (var annotation in page.GetAnnotations())
            {
                if (annotation is { Type: AnnotationType.Link, Action: UriAction { Uri: { } uri } } && !string.IsNullOrWhiteSpace(uri))
                {
                    var b = annotation.Rectangle;
                    links.Add(new PageLink(b.Left, height - b.Top, b.Right, height - b.Bottom, uri));
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A malformed annotation must not cost the page its text; the links are simply lost.
        }

        return links;
    }
}
