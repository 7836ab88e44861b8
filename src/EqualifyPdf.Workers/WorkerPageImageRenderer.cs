using EqualifyPdf.Workers.Pool;
using EqualifyPdf.Workflow.Services;

namespace EqualifyPdf.Workers;

/// <summary>Page images for the AI correction step, rendered in a document worker process.</summary>
public sealed class WorkerPageImageRenderer(DocumentWorkerPool pool) : IPageImageRenderer
{
    /// <inheritdoc />
    public Task<byte[]?> RenderPageAsync(Stream pdf, string jobId, int page, int dpi, CancellationToken cancellationToken) =>
        pool.RenderPageAsync(pdf, jobId, page, dpi, cancellationToken);
}
