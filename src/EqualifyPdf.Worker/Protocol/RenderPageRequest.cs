namespace EqualifyPdf.Worker.Protocol;

/// <summary>Asks a worker to render one page of a PDF for the AI correction step.</summary>
/// <param name="PdfPath">Absolute path of the PDF; the worker opens it read-only.</param>
/// <param name="JobId">The job, for diagnostics.</param>
/// <param name="Page">1-based page.</param>
/// <param name="Dpi">Resolution.</param>
public sealed record RenderPageRequest(string PdfPath, string JobId, int Page, int Dpi);
