using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Workflow.Corrections;

/// <summary>
/// The per-page correction step. The offline default is <see cref="RuleBasedPageCorrector"/>; with
/// <c>Llm:Provider=bedrock</c> it is <see cref="LlmPageCorrector"/>, which starts from the rules' result.
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
/// <param name="LlmSpentUsd">What the job's AI correction has cost so far (the budget check).</param>
public sealed record PageCorrectionRequest(string JobId, PageModel Page, int PreviousHeadingLevel, double LlmSpentUsd = 0);

/// <summary>Output of one page correction.</summary>
/// <param name="Page">The corrected page.</param>
/// <param name="Edits">Every edit made, in block order.</param>
/// <param name="Score">Page confidence 0–1.</param>
/// <param name="Llm">What the AI step used; null when it is off.</param>
public sealed record PageCorrection(PageModel Page, IReadOnlyList<CorrectionEdit> Edits, double Score, Contracts.Pages.LlmUsage? Llm = null);
