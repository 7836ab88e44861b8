using EqualifyPdf.Contracts.Pages;
using EqualifyPdf.Corrections.Llm.Calls;
using EqualifyPdf.Corrections.Llm.Options;
using EqualifyPdf.Corrections.Llm.Review;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Workflow.Corrections;

/// <summary>
/// The AI page step (<c>Llm:Provider=bedrock</c>): the rule-based result first, then the fast model reviews it and its
/// valid operations are applied; a page still <c>LOW</c> is reviewed once more by the quality model. The page keeps the
/// rule-based result, marked in the ledger, when the job's budget is spent (<c>llm_budget_exhausted</c>) or the model
/// does not answer (<c>llm_unavailable</c>, and the page is capped at <c>LOW</c>).
/// </summary>
public sealed class LlmPageCorrector(
    RuleBasedPageCorrector rules,
    PageReviewer reviewer,
    PageContextLoader context,
    IOptions<LlmOptions> options,
    ILogger<LlmPageCorrector> logger) : IPageCorrector
{
    private const string FallbackCorrector = "llm";
    private const double LowCeiling = 0.59;

    /// <inheritdoc />
    public async Task<PageCorrection> CorrectAsync(PageCorrectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var baseline = await rules.CorrectAsync(request, cancellationToken);
        var o = options.Value;
        var number = request.Page.Number;
        if (o.MaxCostPerJobUsd > 0 && request.LlmSpentUsd >= o.MaxCostPerJobUsd)
        {
            logger.LogInformation("Job {JobId} page {Page}: AI budget of {Budget} USD spent, rule-based result kept", request.JobId, number, o.MaxCostPerJobUsd);
            return Fallback(baseline, number, CorrectionReasons.LlmBudgetExhausted, baseline.Score, LlmUsage.None);
        }

        var reviewRequest = await context.LoadAsync(request.JobId, baseline.Page, request.PreviousHeadingLevel, cancellationToken);
        var spent = LlmUsage.None;
        try
        {
            var fast = await reviewer.ReviewAsync(reviewRequest, o.FastModel, cancellationToken);
            spent = Add(spent, fast);
            var result = Evaluate(baseline, fast);
            if (ConfidenceLevels.For(result.Score) == ConfidenceLevels.Low && o.QualityModel != o.FastModel)
            {
                var quality = await reviewer.ReviewAsync(reviewRequest, o.QualityModel, cancellationToken);
                spent = Add(spent, quality);
                result = Evaluate(baseline, quality);
            }

            return result with { Llm = spent };
        }
        catch (LlmUnavailableException e)
        {
            logger.LogWarning("Job {JobId} page {Page}: model unavailable ({Reason}), rule-based result kept", request.JobId, number, e.Reason);
            return Fallback(baseline, number, CorrectionReasons.LlmUnavailable, Math.Min(baseline.Score, LowCeiling), spent);
        }
    }

    /// <summary>
    /// The page after a review: the applied operations are ledger entries of the model; a clean review (nothing refused)
    /// halves the distance to full confidence, each refused operation costs 0.15, an unreadable answer 0.3 and the
    /// page keeps the rule-based result.
    /// </summary>
    internal static PageCorrection Evaluate(PageCorrection baseline, PageReview review)
    {
        var answer = review.Answer;
        var number = baseline.Page.Number;
        if (review.Outcome is not { } outcome)
        {
            return baseline with
            {
                Edits = [.. baseline.Edits, Flag(number, CorrectionReasons.LlmRejected, answer.Model, review)],
                Score = Clamp(baseline.Score - 0.3),
            };
        }

        var edits = baseline.Edits.ToList();
        edits.AddRange(outcome.Applied.Select(a => new CorrectionEdit(number, a.Element, a.Before, a.After, a.Operation, answer.Model,
            answer.InputTokens, answer.OutputTokens, (long)answer.Latency.TotalMilliseconds, review.PromptVersion)));
        if (outcome.Rejected.Count > 0 && outcome.Applied.Count == 0)
        {
            edits.Add(Flag(number, CorrectionReasons.LlmRejected, answer.Model, review));
        }

        var score = outcome.Rejected.Count == 0
            ? baseline.Score + ((1 - baseline.Score) * 0.5)
            : baseline.Score - (0.15 * outcome.Rejected.Count);
        return new PageCorrection(outcome.Page, edits, Clamp(score));
    }

    private static CorrectionEdit Flag(int page, string reason, string model, PageReview review) =>
        new(page, $"p{page}", "", "", reason, model, review.Answer.InputTokens, review.Answer.OutputTokens,
            (long)review.Answer.Latency.TotalMilliseconds, review.PromptVersion);

    private static PageCorrection Fallback(PageCorrection baseline, int page, string reason, double score, LlmUsage spent) =>
        baseline with
        {
            Edits = [.. baseline.Edits, new CorrectionEdit(page, $"p{page}", "", "", reason, FallbackCorrector)],
            Score = Math.Round(score, 3),
            Llm = spent with { Fallback = reason },
        };

    private static LlmUsage Add(LlmUsage total, PageReview review) => new(
        total.Calls + 1,
        total.InputTokens + review.Answer.InputTokens,
        total.OutputTokens + review.Answer.OutputTokens,
        Math.Round(total.CostUsd + review.CostUsd, 6),
        null,
        [.. total.Models ?? [], review.Answer.Model]);

    private static double Clamp(double score) => Math.Round(Math.Clamp(score, 0, 1), 3);
}
