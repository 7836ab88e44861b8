using EqualifyPdf.Workflow.Corrections;

namespace EqualifyPdf.Silo.Diagnostics;

/// <summary>
/// Wraps the default rule-based corrector for crash drills: waits <see cref="DiagnosticsSettings.PageCorrectionDelay"/>
/// before each page and appends a journal line after it, so a drill can tell which pages were corrected and how
/// often across a kill -9 and restart. Only registered when a <see cref="DiagnosticsSettings"/> knob is set.
/// </summary>
public sealed class DrillPageCorrector(DiagnosticsSettings settings) : IPageCorrector
{
    private static readonly Lock JournalGate = new();
    private readonly RuleBasedPageCorrector _inner = new();

    /// <inheritdoc />
    public async Task<PageCorrection> CorrectAsync(PageCorrectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (settings.PageCorrectionDelay > TimeSpan.Zero)
        {
            await Task.Delay(settings.PageCorrectionDelay, cancellationToken);
        }

        var correction = await _inner.CorrectAsync(request, cancellationToken);
        if (!string.IsNullOrWhiteSpace(settings.CorrectionJournalPath))
        {
            var line = $"{request.JobId} {request.Page.Number} {DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}\n";
            lock (JournalGate)
            {
                File.AppendAllText(settings.CorrectionJournalPath, line);
            }
        }

        return correction;
    }
}
