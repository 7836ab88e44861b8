using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace EqualifyPdf.Conversion.Extraction;

/// <summary>Opens a PDF with PdfPig and turns its failures into <see cref="ConversionException"/>s a user can act on.</summary>
internal static class PdfOpener
{
    public static PdfDocument Open(byte[] bytes, ConversionOptions options)
    {
        if (bytes.Length == 0)
        {
            throw new ConversionException(ConversionErrorKind.Empty, "The file is empty (0 bytes). Upload the PDF again.");
        }

        PdfDocument document;
        try
        {
            var parsing = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true };
            if (options.Password != null)
            {
                parsing.Password = options.Password;
            }

            document = PdfDocument.Open(bytes, parsing);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new ConversionException(ConversionErrorKind.Encrypted,
                "The PDF is password-protected. Remove the password (e.g. print or export it to a new PDF) and upload it again.", ex);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or ConversionException))
        {
            throw Corrupt(ex);
        }

        int count;
        try
        {
            count = document.NumberOfPages;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            document.Dispose();
            throw Corrupt(ex);
        }

        if (count <= 0)
        {
            document.Dispose();
            throw new ConversionException(ConversionErrorKind.Empty, "The PDF has no pages. Export the document to PDF again.");
        }

        if (count > options.MaxPages)
        {
            document.Dispose();
            throw new ConversionException(ConversionErrorKind.TooManyPages,
                $"The PDF has {count} pages, more than the limit of {options.MaxPages}. Split it into smaller files and upload them separately.");
        }

        return document;
    }

    public static ConversionException Corrupt(Exception ex) => new(ConversionErrorKind.Corrupt,
        ex is PdfDocumentFormatException
            ? "The file is damaged or truncated and cannot be read as a PDF. Re-export or re-download it and upload it again."
            : "The file could not be read as a PDF (it may be damaged, truncated or not a PDF). Re-export it to PDF and upload it again.", ex);
}
