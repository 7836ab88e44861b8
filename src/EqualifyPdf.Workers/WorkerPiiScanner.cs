using EqualifyPdf.Pii.Model;
using EqualifyPdf.Workers.Pool;
using EqualifyPdf.Workflow.Services;
using Microsoft.Extensions.Logging;

namespace EqualifyPdf.Workers;

/// <summary>The PII scan step run in a document worker process (text extraction and scanning both happen there).</summary>
public sealed class WorkerPiiScanner(DocumentWorkerPool pool, ILogger<WorkerPiiScanner> logger) : IPiiScanner
{
    /// <inheritdoc />
    /// <exception cref="DocumentWorkerException">The worker crashed, or was killed on its CPU budget or memory ceiling.</exception>
    public async Task<PiiReport> ScanAsync(Stream pdf, string jobId, CancellationToken cancellationToken)
    {
        var report = await pool.ScanPiiAsync(pdf, jobId, cancellationToken).ConfigureAwait(false);

        // Counts only: findings never reach the logs.
        logger.LogInformation(
            "PII scan of job {JobId}: {Verdict}, {Count} finding(s)", jobId, report.Verdict, report.Findings.Count);
        return report;
    }
}
