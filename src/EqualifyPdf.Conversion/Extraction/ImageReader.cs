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
                CheckBounds(image, options);
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

    /// <summary>
    /// Refuses an image whose dictionary promises more pixels or decoded bytes than the options allow, before a
    /// single byte is inflated: a few hundred KB of Flate data can decode to gigabytes (a decompression bomb).
    /// </summary>
    /// <exception cref="ConversionException">The image is too large to decode safely.</exception>
    internal static void CheckBounds(IPdfImage image, ConversionOptions options)
    {
        var pixels = (long)Math.Max(image.WidthInSamples, 0) * Math.Max(image.HeightInSamples, 0);
        var components = image.ColorSpaceDetails?.NumberOfColorComponents is > 0 and <= 32 and var c ? c : 4;
        var bits = image.BitsPerComponent is > 0 and <= 16 ? image.BitsPerComponent : 8;
        var decodedBytes = (pixels * components * bits + 7) / 8;
        if (pixels > options.MaxImagePixels || decodedBytes > options.MaxImagePixels * ConversionOptions.MaxImageBytesPerPixel)
        {
            throw TooLarge(image.WidthInSamples, image.HeightInSamples);
        }
    }

    /// <summary>The failure for an image beyond <see cref="ConversionOptions.MaxImagePixels"/>.</summary>
    internal static ConversionException TooLarge(long width, long height) => new(ConversionErrorKind.Corrupt,
        $"An image in this PDF is too large to process safely ({width:N0} × {height:N0} pixels). Reduce the image resolution (e.g. export or print to a new PDF at 300 dpi) and upload it again.");

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
