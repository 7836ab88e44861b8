using EqualifyPdf.Pii.Model;

namespace EqualifyPdf.Workflow.Services;

/// <summary>The PII scan step: reads every page of a PDF and reports personal information found in it.</summary>
public interface IPiiScanner
{
    /// <summary>Scans <paramref name="pdf"/> page by page.</summary>
    /// <param name="pdf">The uploaded PDF.</param>
    /// <param name="jobId">The job being scanned, for logs and diagnostics.</param>
    /// <param name="cancellationToken">Stops the scan between pages.</param>
    /// <returns>The document verdict and masked findings.</returns>
    /// <exception cref="Conversion.ConversionException">When the PDF cannot be read.</exception>
    Task<PiiReport> ScanAsync(Stream pdf, string jobId, CancellationToken cancellationToken);
}
