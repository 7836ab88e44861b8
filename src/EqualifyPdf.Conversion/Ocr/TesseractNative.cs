using System.Runtime.InteropServices;

namespace EqualifyPdf.Conversion.Ocr;

/// <summary>
/// The few functions of Tesseract's and Leptonica's C APIs the OCR step needs (Debian packages libtesseract5 and
/// tesseract-ocr-eng). Loaded lazily: a machine without them only loses OCR.
/// </summary>
internal static partial class TesseractNative
{
    public const string Tesseract = "libtesseract.so.5";
    public const string Leptonica = "liblept.so.5";

    [LibraryImport(Tesseract)]
    public static partial nint TessBaseAPICreate();

    [LibraryImport(Tesseract, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPIInit3(nint handle, string? dataPath, string language);

    [LibraryImport(Tesseract)]
    public static partial void TessBaseAPISetPageSegMode(nint handle, int mode);

    [LibraryImport(Tesseract)]
    public static partial void TessBaseAPISetImage2(nint handle, nint pix);

    [LibraryImport(Tesseract)]
    public static partial void TessBaseAPISetSourceResolution(nint handle, int ppi);

    [LibraryImport(Tesseract)]
    public static partial int TessBaseAPIRecognize(nint handle, nint monitor);

    [LibraryImport(Tesseract)]
    public static partial nint TessBaseAPIGetTsvText(nint handle, int pageNumber);

    [LibraryImport(Tesseract)]
    public static partial void TessDeleteText(nint text);

    [LibraryImport(Tesseract)]
    public static partial void TessBaseAPIClear(nint handle);

    [LibraryImport(Tesseract)]
    public static partial void TessBaseAPIDelete(nint handle);

    [LibraryImport(Leptonica)]
    public static unsafe partial nint pixReadMem(byte* data, nuint size);

    [LibraryImport(Leptonica)]
    public static partial int pixGetWidth(nint pix);

    [LibraryImport(Leptonica)]
    public static partial int pixGetHeight(nint pix);

    [LibraryImport(Leptonica)]
    public static unsafe partial void pixDestroy(nint* pix);
}
