using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Workers.Pool;
using EqualifyPdf.Workflow.Services;

namespace EqualifyPdf.Workers;

/// <summary>The conversion step run in a document worker process.</summary>
public sealed class WorkerDocumentConverter(DocumentWorkerPool pool) : IDocumentConverter
{
    /// <inheritdoc />
    /// <exception cref="DocumentWorkerException">The worker crashed, or was killed on its CPU budget or memory ceiling.</exception>
    public Task<DocumentModel> ConvertAsync(Stream pdf, ConversionRequest request, CancellationToken cancellationToken) =>
        pool.ConvertAsync(pdf, request, cancellationToken);
}
