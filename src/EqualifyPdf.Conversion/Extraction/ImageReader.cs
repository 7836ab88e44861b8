using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace EqualifyPdf.Conversion.Extraction;

/// <summary>Reads a page's images with their placement and, where possible, their bytes as JPEG or PNG.</summary>
internal static class ImageReader
{
    /// <summary>Images smaller than this (points²) are bullets, rules or spacers rather than figures.</summary>
    private const double MinArea = 24 * 24;

    public static List<PageImage> Read(Page page, ConversionOptions options, Dictionary<(int, int), (byte[]?, string?)>? cache = null)
    {
        var result = new List<PageImage>();
        IEnumerable<IPdfImage> images;
        try
        {
            images = page.GetImages();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return result;
        }

        var height = page.Height;
        var pageArea = page.Width * page.Height;
        foreach (var image in images)
        {
            var b = image.BoundingBox;
            var left = Math.Max(0, b.Left);
            var right = Math.Min(page.Width, b.Right);
            var top = Math.Max(0, height - b.Top);
            var bottom = Math.Min(height, height - b.Bottom);
            var area = (right - left) * (bottom - top);
            if (area < MinArea || image.IsImageMask)
            {
                continue;
            }

            byte[]? bytes = null;
            string? mime = null;
            if (options.EmbedImages || area >= 0.5 * pageArea)
            {
                // A logo or rule drawn on every page is decoded and re-encoded once per document, not per page.
                var raw = image.RawMemory.Span;
                var hash = new HashCode();
                hash.AddBytes(raw);
                var key = (raw.Length, hash.ToHashCode());
                if (cache == null || !cache.TryGetValue(key, out var encoded))
                {
                    encoded = Encode(image);
                    cache?.TryAdd(key, encoded);
                }

                (bytes, mime) = encoded;
                if (bytes != null && bytes.Length > options.MaxEmbeddedImageBytes && area < 0.5 * pageArea)
                {
                    (bytes, mime) = (null, null);
                }
            }

            result.Add(new PageImage(left, top, right, bottom, bytes, mime));
        }

        return result;
    }

    private static (byte[]? Bytes, string? Mime) Encode(IPdfImage image)
    {
        try
        {
            if (IsJpeg(image))
            {
                return (image.RawBytes.ToArray(), "image/jpeg");
            }

            return image.TryGetPng(out var png) ? (png, "image/png") : (null, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Exotic colour spaces or filters: the figure keeps its place and alt text without pixels.
            return (null, null);
        }
    }

    private static bool IsJpeg(IPdfImage image)
    {
        if (!image.ImageDictionary.TryGet(NameToken.Filter, out var filter))
        {
            return false;
        }

        return filter switch
        {
            NameToken name => name.Data == "DCTDecode",
            ArrayToken { Length: 1 } array => array.Data[0] is NameToken { Data: "DCTDecode" },
            _ => false,
        };
    }
}
