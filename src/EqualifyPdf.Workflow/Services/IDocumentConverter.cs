using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Workflow.Services;

/// <summary>The conversion step: turns a PDF into the page-addressable document model.</summary>
public interface IDocumentConverter
{
    /// <summary>Converts <paramref name="pdf"/>.</summary>
    /// <param name="pdf">The uploaded PDF.</param>
    /// <param name="request">The job and the user's hints (language, file name).</param>
    /// <param name="cancellationToken">Stops the conversion when the job is cancelled or times out.</param>
    /// <exception cref="Conversion.ConversionException">When the PDF cannot be converted.</exception>
    Task<DocumentModel> ConvertAsync(Stream pdf, ConversionRequest request, CancellationToken cancellationToken);
}

/// <summary>Hints for one conversion.</summary>
/// <param name="JobId">The job being converted.</param>
/// <param name="Filename">The uploaded file name (title fallback).</param>
/// <param name="Language">The user's BCP 47 language, if given.</param>
/// <param name="OcrLanguages">Tesseract languages for scanned pages, if the user chose them.</param>
public sealed record ConversionRequest(string JobId, string Filename, string? Language, IReadOnlyList<string>? OcrLanguages = null);
