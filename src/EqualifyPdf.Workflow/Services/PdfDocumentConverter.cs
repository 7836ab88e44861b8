using EqualifyPdf.Conversion;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Workflow.Services;

/// <summary>Runs the conversion engine (<see cref="DocumentConverter"/>) for a job.</summary>
public sealed class PdfDocumentConverter : IDocumentConverter
{
    /// <inheritdoc />
    public Task<DocumentModel> ConvertAsync(Stream pdf, ConversionRequest request, CancellationToken cancellationToken)
    {
        var options = new ConversionOptions { SourceName = request.Filename };
        if (!string.IsNullOrWhiteSpace(request.Language))
        {
            // The uploader's language stands in only where the PDF has no /Lang; otherwise the library's default.
            options = options with { DefaultLanguage = request.Language };
        }

        // CPU-bound work runs off the grain's turn so status queries and cancels interleave.
        return Task.Run(() => DocumentConverter.Convert(pdf, options), cancellationToken);
    }
}
