using System.Runtime.InteropServices;
using EqualifyPdf.Conversion.Extraction;

namespace EqualifyPdf.Conversion.Ocr;

/// <summary>
/// Recognises the words of a scanned page with Tesseract. One engine per conversion (Tesseract handles are not
/// thread-safe), created on the first scanned page. Unless the operator set OMP_THREAD_LIMIT, it is set to 1 before
/// Tesseract loads: its OpenMP threads would otherwise fight the service's own page-level parallelism.
/// </summary>
internal sealed class OcrService(string language, long maxPixels) : IDisposable
{
    /// <summary>The message used when Tesseract cannot be loaded.</summary>
    public const string MissingMessage =
        "OCR is unavailable: install the Debian packages libtesseract5 and tesseract-ocr-eng (Tesseract 5) to read scanned pages.";

    private nint handle;

    private bool failed;

    /// <summary>An engine bounded by the default <see cref="ConversionOptions.MaxImagePixels"/>.</summary>
    public OcrService(string language)
        : this(language, new ConversionOptions().MaxImagePixels)
    {
    }

    /// <summary>Set when Tesseract could not be loaded or initialised; says what to install.</summary>
    public string? Problem { get; private set; }

    /// <summary>Lines of recognised words placed in page coordinates, or null when OCR is unavailable or failed.</summary>
    public List<TextLine>? Recognize(PageImage scan, double pageWidth, double pageHeight)
    {
        if (scan.Bytes is not { Length: > 0 } bytes || !EnsureEngine())
        {
            return null;
        }

        var tsv = RecognizeTsv(bytes, scan, out var pixelWidth, out var pixelHeight);
        if (tsv == null)
        {
            return null;
        }

        var scaleX = (scan.Right - scan.Left) / pixelWidth;
        var scaleY = (scan.Bottom - scan.Top) / pixelHeight;
        return TsvWords.ToLines(tsv, scan.Left, scan.Top, scaleX, scaleY);
    }

    public void Dispose()
    {
        if (handle != 0)
        {
            TesseractNative.TessBaseAPIDelete(handle);
            handle = 0;
        }
    }

    private unsafe string? RecognizeTsv(byte[] bytes, PageImage scan, out int width, out int height)
    {
        width = height = 0;
        if (!ImageHeader.TryReadSize(bytes, out var headerWidth, out var headerHeight))
        {
            return null;
        }

        if ((long)headerWidth * headerHeight > maxPixels)
        {
            throw Extraction.ImageReader.TooLarge(headerWidth, headerHeight);
        }

        nint pix;
        fixed (byte* data = bytes)
        {
            pix = TesseractNative.pixReadMem(data, (nuint)bytes.Length);
        }

        if (pix == 0)
        {
            return null;
        }

        try
        {
            width = TesseractNative.pixGetWidth(pix);
            height = TesseractNative.pixGetHeight(pix);
            if (width <= 0 || height <= 0)
            {
                return null;
            }

            TesseractNative.TessBaseAPISetImage2(handle, pix);
            var ppi = (int)Math.Round(width / Math.Max((scan.Right - scan.Left) / 72.0, 0.1));
            TesseractNative.TessBaseAPISetSourceResolution(handle, Math.Clamp(ppi, 70, 1200));
            if (TesseractNative.TessBaseAPIRecognize(handle, 0) != 0)
            {
                return null;
            }

            var text = TesseractNative.TessBaseAPIGetTsvText(handle, 0);
            try
            {
                return Marshal.PtrToStringUTF8(text);
            }
            finally
            {
                TesseractNative.TessDeleteText(text);
                TesseractNative.TessBaseAPIClear(handle);
            }
        }
        finally
        {
            TesseractNative.pixDestroy(&pix);
        }
    }

    private bool EnsureEngine()
    {
        if (handle != 0 || failed)
        {
            return handle != 0;
        }

        try
        {
            NativeEnvironment.SetDefault("OMP_THREAD_LIMIT", "1");
            handle = TesseractNative.TessBaseAPICreate();
            if (handle == 0 || TesseractNative.TessBaseAPIInit3(handle, null, language) != 0)
            {
                Problem = $"OCR is unavailable: Tesseract has no '{language}' language data; install tesseract-ocr-{language} (Debian).";
                Dispose();
                failed = true;
                return false;
            }

            // 3 = fully automatic page segmentation, what a scanned page of prose needs.
            TesseractNative.TessBaseAPISetPageSegMode(handle, 3);
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            Problem = MissingMessage;
            failed = true;
            return false;
        }
    }
}
