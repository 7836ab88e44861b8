using EqualifyPdf.Corrections.Llm.Calls;
using EqualifyPdf.Corrections.Llm.Operations;
using EqualifyPdf.Corrections.Llm.Options;
using EqualifyPdf.Corrections.Llm.Prompts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Corrections.Llm.Review;

/// <summary>
/// Asks a model to review one page — its blocks as JSON, the neighbouring pages' edges, the outline, the page image
/// and the images of figures that need a text alternative — and applies the operations that pass validation.
/// </summary>
public sealed class PageReviewer(LlmGateway gateway, IOptions<LlmOptions> options, ILogger<PageReviewer> logger)
{
    /// <summary>Reviews <paramref name="request"/>'s page with <paramref name="model"/>.</summary>
    /// <exception cref="LlmUnavailableException">The model did not answer.</exception>
    public async Task<PageReview> ReviewAsync(PageReviewRequest request, string model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = request.Page;
        var messages = await PagePrompt.BuildAsync(gateway.Kernel, request, cancellationToken).ConfigureAwait(false);
        var answer = await gateway.CompleteAsync(model, messages, cancellationToken).ConfigureAwait(false);
        var cost = LlmPricing.Cost(options.Value, model, answer.InputTokens, answer.OutputTokens);
        var operations = OperationParser.Parse(answer.Text);
        if (operations is null)
        {
            logger.LogInformation("Model {Model} answered page {Page} with no readable operations", model, page.Number);
            return new PageReview(null, answer, cost, PromptLibrary.Page);
        }

        var previousLast = request.PreviousPageBlocks.Count > 0 ? request.PreviousPageBlocks[^1] : null;
        var outcome = OperationApplier.Apply(page, operations, new OperationContext(request.PreviousHeadingLevel, previousLast));
        foreach (var rejection in outcome.Rejected)
        {
            // Operation, block id and code only: no document text at Information level.
            logger.LogInformation("Model {Model} operation {Operation} on {Element} of page {Page} rejected: {Code}",
                model, rejection.Operation, rejection.Element, page.Number, rejection.Code);
        }

        return new PageReview(outcome, answer, cost, PromptLibrary.Page);
    }
}
