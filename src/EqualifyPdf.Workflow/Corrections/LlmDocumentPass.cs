using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Contracts.Pages;
using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Corrections.Llm.Calls;
using EqualifyPdf.Corrections.Llm.Review;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Jobs;

namespace EqualifyPdf.Workflow.Corrections;

/// <summary>
/// The AI document pass: one call with the heading outline, whose valid level corrections are applied to the whole
/// document before the pages fan out. Writes the corrected outline (seen by every page's call) and the pass's ledger.
/// When the model does not answer the document stays as converted and the ledger says so.
/// </summary>
public sealed class LlmDocumentPass(DocumentReviewer reviewer, IBlobStore blobs) : IDocumentPass
{
    /// <inheritdoc />
    public async Task<DocumentPassResult> RunAsync(string jobId, DocumentModel document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var outline = DocumentOutline.Of(document);
        var edits = new List<CorrectionEdit>();
        LlmUsage usage;
        if (outline.Headings.Count == 0)
        {
            usage = LlmUsage.None;
        }
        else
        {
            try
            {
                var review = await reviewer.ReviewAsync(outline.Headings, cancellationToken);
                var answer = review.Answer;
                var pages = document.Pages.Select(p => p with
                {
                    Blocks = [.. p.Blocks.Select(b => review.Levels.TryGetValue(b.Id, out var level) ? b with { Level = level } : b)],
                }).ToList();
                document = document with { Pages = pages };
                outline = DocumentOutline.Of(document);
                var byId = outline.Headings.ToDictionary(h => h.Id, h => h.Page);
                edits.AddRange(review.Applied.Select(a => new CorrectionEdit(byId[a.Element], a.Element, a.Before, a.After, a.Operation, answer.Model,
                    answer.InputTokens, answer.OutputTokens, (long)answer.Latency.TotalMilliseconds, review.PromptVersion)));
                usage = new LlmUsage(1, answer.InputTokens, answer.OutputTokens, review.CostUsd, null, [answer.Model]);
            }
            catch (LlmUnavailableException e)
            {
                edits.Add(new CorrectionEdit(0, "document", e.Reason, e.Reason, CorrectionReasons.LlmUnavailable, "llm"));
                usage = LlmUsage.None with { Fallback = CorrectionReasons.LlmUnavailable };
            }
        }

        await blobs.WriteJsonAsync(BlobContainers.Temp, JobBlobKeys.Headings(jobId), outline, cancellationToken);
        await blobs.WriteTextAsync(BlobContainers.Temp, JobBlobKeys.DocumentLedger(jobId),
            System.Text.Json.JsonSerializer.Serialize(edits, Pages.PageGrain.LedgerJson), cancellationToken);
        return new DocumentPassResult(document, usage);
    }
}
