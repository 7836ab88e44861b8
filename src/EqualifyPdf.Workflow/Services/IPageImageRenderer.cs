namespace EqualifyPdf.Workflow.Services;

/// <summary>Renders one page of a job's PDF as a PNG for the AI correction step (poppler's <c>pdftoppm</c>).</summary>
public interface IPageImageRenderer
{
    /// <summary>Renders page <paramref name="page"/> of <paramref name="pdf"/> at <paramref name="dpi"/>.</summary>
    /// <param name="pdf">The uploaded PDF.</param>
    /// <param name="jobId">The job, for its place in the document-step queue.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="dpi">Resolution.</param>
    /// <param name="cancellationToken">Stops the rendering.</param>
    /// <returns>The PNG, or null when the page could not be rendered (the model then sees the blocks only).</returns>
    Task<byte[]?> RenderPageAsync(Stream pdf, string jobId, int page, int dpi, CancellationToken cancellationToken);
}
