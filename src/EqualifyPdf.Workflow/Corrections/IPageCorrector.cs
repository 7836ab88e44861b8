using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Workflow.Corrections;

/// <summary>
/// The per-page correction step. The offline default is <see cref="RuleBasedPageCorrector"/>; an LLM corrector
/// can replace it later behind the same interface.
/// </summary>
public interface IPageCorrector
{
    /// <summary>Corrects one page and reports every edit it made.</summary>
    /// <param name="request">The page and its context.</param>
    /// <param name="cancellationToken">Stops the correction when the job is cancelled.</param>
    /// <returns>The corrected page, its ledger entries and its confidence.</returns>
    Task<PageCorrection> CorrectAsync(PageCorrectionRequest request, CancellationToken cancellationToken);
}

/// <summary>Input of one page correction.</summary>
/// <param name="JobId">The owning job.</param>
/// <param name="Page">The page as converted.</param>
/// <param name="PreviousHeadingLevel">Level of the last heading before this page, 0 when none.</param>
public sealed record PageCorrectionRequest(string JobId, PageModel Page, int PreviousHeadingLevel);

/// <summary>Output of one page correction.</summary>
/// <param name="Page">The corrected page.</param>
/// <param name="Edits">Every edit made, in block order.</param>
/// <param name="Score">Page confidence 0–1.</param>
public sealed record PageCorrection(PageModel Page, IReadOnlyList<CorrectionEdit> Edits, double Score);
