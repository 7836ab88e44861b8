namespace EqualifyPdf.Conversion.Extraction;

/// <summary>An image drawn on a page, in top-left-origin points, with its encoded bytes when they could be extracted.</summary>
internal sealed record PageImage(double Left, double Top, double Right, double Bottom, byte[]? Bytes, string? MimeType)
{
    /// <summary>The author's /Alt from the structure tree, when the image is tagged.</summary>
    public string? Alt { get; init; }

    public double Area => Math.Max(0, Right - Left) * Math.Max(0, Bottom - Top);
}
