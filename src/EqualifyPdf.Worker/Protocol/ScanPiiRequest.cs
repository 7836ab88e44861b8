namespace EqualifyPdf.Worker.Protocol;

/// <summary>Asks a worker to PII-scan one PDF.</summary>
/// <param name="PdfPath">Absolute path of the PDF; the worker opens it read-only.</param>
/// <param name="JobId">The job being scanned, for diagnostics.</param>
public sealed record ScanPiiRequest(string PdfPath, string JobId);
