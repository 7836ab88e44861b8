using EqualifyPdf.Conversion;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Workflow.Services;

/// <summary>Runs the conversion engine (<see cref="DocumentConverter"/>) for a job.</summary>
public sealed class PdfDocumentConverter : IDocumentConverter
{
    /// <inheritdoc />
    public Task<DocumentModel> ConvertAsync(Stream pdf, ConversionRequest request, CancellationToken cancellationToken)
    {
        var options = new ConversionOptions
        {
            DefaultLanguage = string.IsNullOrWhiteSpace(request.Language) ? "en" : request.Language,
            SourceName = request.Filename,
        };

        // CPU-bound work runs off the grain's turn so status queries and cancels interleave.
        return Task.Run(() => DocumentConverter.Convert(pdf, options), cancellationToken);
    }
}
