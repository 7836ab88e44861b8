using EqualifyPdf.Conversion;
using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Workflow.Admission;

namespace EqualifyPdf.Workflow.Services;

/// <summary>Runs the conversion engine (<see cref="DocumentConverter"/>) for a job inside the silo, after a slot in the
/// silo's <see cref="DocumentWorkQueue"/> (the default without document workers, and in tests).</summary>
public sealed class PdfDocumentConverter(DocumentWorkQueue queue) : IDocumentConverter
{
    /// <inheritdoc />
    public async Task<DocumentModel> ConvertAsync(Stream pdf, ConversionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var slot = await queue.EnterAsync(request.JobId, cancellationToken);
        var options = new ConversionOptions { SourceName = request.Filename };
        if (!string.IsNullOrWhiteSpace(request.Language))
        {
            // The uploader's language stands in only where the PDF has no /Lang; otherwise the library's default.
            options = options with { DefaultLanguage = request.Language };
        }

        if (request.OcrLanguages is { Count: > 0 } ocr)
        {
            options = options with { OcrLanguage = string.Join('+', ocr) };
        }

        // CPU-bound work runs off the grain's turn so status queries and cancels interleave.
        return await Task.Run(() => DocumentConverter.Convert(pdf, options), cancellationToken);
    }
}
