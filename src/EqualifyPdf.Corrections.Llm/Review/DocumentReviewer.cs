using EqualifyPdf.Corrections.Llm.Calls;
using EqualifyPdf.Corrections.Llm.Operations;
using EqualifyPdf.Corrections.Llm.Options;
using EqualifyPdf.Corrections.Llm.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace EqualifyPdf.Corrections.Llm.Review;

/// <summary>
/// The document pass before the pages fan out: one call with the heading outline (text, page, level, box height as
/// font evidence) answering <c>set_heading_level</c> corrections, each checked against the outline as it stands.
/// </summary>
public sealed class DocumentReviewer(LlmGateway gateway, IOptions<LlmOptions> options)
{
    /// <summary>Reviews <paramref name="outline"/> with the fast model.</summary>
    /// <exception cref="LlmUnavailableException">The model did not answer.</exception>
    public async Task<DocumentReview> ReviewAsync(IReadOnlyList<OutlineEntry> outline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outline);
        var model = options.Value.FastModel;
        var arguments = new KernelArguments { ["headings"] = ModelViews.Outline(outline) };
        var prompt = await PromptLibrary.RenderAsync(gateway.Kernel, PromptLibrary.Document, arguments, cancellationToken).ConfigureAwait(false);
        var answer = await gateway.CompleteAsync(model, [new ChatMessage(ChatRole.User, prompt)], cancellationToken).ConfigureAwait(false);
        var cost = LlmPricing.Cost(options.Value, model, answer.InputTokens, answer.OutputTokens);
        var operations = OperationParser.Parse(answer.Text);
        if (operations is null)
        {
            return new DocumentReview(new Dictionary<string, int>(), [], [new Rejection("answer", null, RejectionCodes.BadValue)], answer, cost, PromptLibrary.Document);
        }

        var (levels, applied, rejected) = Apply(outline, operations);
        return new DocumentReview(levels, applied, rejected, answer, cost, PromptLibrary.Document);
    }

    /// <summary>Applies the valid level corrections of <paramref name="operations"/> to <paramref name="outline"/>.</summary>
    internal static (Dictionary<string, int> Levels, List<AppliedEdit> Applied, List<Rejection> Rejected) Apply(
        IReadOnlyList<OutlineEntry> outline, IReadOnlyList<EditOperation> operations)
    {
        var current = outline.Select(o => o.Level).ToArray();
        var applied = new List<AppliedEdit>();
        var rejected = new List<Rejection>();
        var contradictory = operations.Where(o => o.Id is not null).GroupBy(o => o.Id!)
            .Where(g => g.Select(o => o.Level).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
        foreach (var op in operations)
        {
            var index = outline.ToList().FindIndex(o => o.Id == op.Id);
            var code = op.Op != OperationNames.SetHeadingLevel ? RejectionCodes.UnknownOperation
                : index < 0 ? RejectionCodes.UnknownId
                : contradictory.Contains(op.Id!) ? RejectionCodes.Contradictory
                : op.Level is not { } level || !Fits(current, index, level) ? RejectionCodes.BadLevel
                : null;
            if (code is not null)
            {
                rejected.Add(new Rejection(op.Op, op.Id, code));
                continue;
            }

            if (current[index] != op.Level!.Value)
            {
                applied.Add(new AppliedEdit(op.Id!, $"h{current[index]}", $"h{op.Level}", op.Op));
                current[index] = op.Level.Value;
            }
        }

        var levels = outline.Select((o, i) => (o.Id, Level: current[i])).Where((e, i) => e.Level != outline[i].Level).ToDictionary(e => e.Id, e => e.Level);
        return (levels, applied, rejected);
    }

    private static bool Fits(int[] levels, int index, int level) =>
        level is >= 1 and <= 6 && level <= (index == 0 ? 1 : levels[index - 1] + 1) && (index + 1 >= levels.Length || levels[index + 1] <= level + 1);
}
