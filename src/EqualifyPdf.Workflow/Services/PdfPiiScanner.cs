using EqualifyPdf.Conversion;
using EqualifyPdf.Pii;
using EqualifyPdf.Pii.Model;
using EqualifyPdf.Workflow.Admission;
using Microsoft.Extensions.Logging;

namespace EqualifyPdf.Workflow.Services;

/// <summary>Extracts page texts with the conversion engine and runs the PII library over them inside the silo, after a
/// slot in the silo's <see cref="DocumentWorkQueue"/> (the default without document workers, and in tests).</summary>
public sealed class PdfPiiScanner(DocumentWorkQueue queue, ILogger<PdfPiiScanner> logger) : IPiiScanner
{
    /// <inheritdoc />
    public async Task<PiiReport> ScanAsync(Stream pdf, string jobId, CancellationToken cancellationToken)
    {
        using var slot = await queue.EnterAsync(jobId, cancellationToken);
        // CPU-bound work runs off the grain's turn so status queries and cancels interleave.
        var report = await Task.Run(
            () =>
            {
                var texts = DocumentConverter.ExtractPageTexts(pdf);
                cancellationToken.ThrowIfCancellationRequested();
                return PiiScanner.ScanPages(texts);
            },
            cancellationToken).ConfigureAwait(false);

        // Counts only: findings never reach the logs.
        logger.LogInformation(
            "PII scan of job {JobId}: {Verdict}, {Count} finding(s)", jobId, report.Verdict, report.Findings.Count);
        return report;
    }
}
