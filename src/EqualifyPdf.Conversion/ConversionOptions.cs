namespace EqualifyPdf.Conversion;

/// <summary>Settings for <see cref="DocumentConverter"/>. Every default is chosen for course materials.</summary>
public sealed record ConversionOptions
{
    /// <summary>Largest page count accepted; bigger documents fail with <see cref="ConversionErrorKind.TooManyPages"/>. Default 2,000.</summary>
    public int MaxPages { get; init; } = 2000;

    /// <summary>BCP 47 language used when the PDF carries no /Lang entry. Default <c>en</c>.</summary>
    public string DefaultLanguage { get; init; } = "en";

    /// <summary>Run Tesseract OCR on pages that have no text layer but a page-sized image. Default true.</summary>
    public bool EnableOcr { get; init; } = true;

    /// <summary>Tesseract language(s), e.g. <c>eng</c> or <c>eng+fra</c>. Default <c>eng</c>.</summary>
    public string OcrLanguage { get; init; } = "eng";

    /// <summary>
    /// Upper bound for one conversion; past it the call fails with <see cref="ConversionErrorKind.TimedOut"/> instead of
    /// hanging on a pathological file. Default 10 minutes.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Password for encrypted PDFs; null means none. Default null.</summary>
    public string? Password { get; init; }

    /// <summary>Embed extracted images as data: URIs in figures. Default true.</summary>
    public bool EmbedImages { get; init; } = true;

    /// <summary>Images larger than this (encoded bytes) are not embedded; the figure keeps its alt text. Default 2 MB.</summary>
    public int MaxEmbeddedImageBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>
    /// Largest image decoded, in pixels; its decoded size (width × height × components × bits per component) may be
    /// at most <see cref="MaxImageBytesPerPixel"/> bytes per allowed pixel. Both are checked from the image dictionary
    /// before decoding, so a decompression bomb fails at once with <see cref="ConversionErrorKind.Corrupt"/>.
    /// Default 100 million pixels (a 600 dpi scan of an A3 page is 70 million).
    /// </summary>
    public long MaxImagePixels { get; init; } = 100_000_000;

    /// <summary>Decoded bytes allowed per pixel of <see cref="MaxImagePixels"/> (four: 8-bit CMYK or RGBA).</summary>
    public const int MaxImageBytesPerPixel = 4;

    /// <summary>Name of the source (usually the file name without extension), used as the title of last resort.</summary>
    public string? SourceName { get; init; }
}
