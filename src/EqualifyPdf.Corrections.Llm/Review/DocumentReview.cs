using EqualifyPdf.Corrections.Llm.Calls;
using EqualifyPdf.Corrections.Llm.Operations;

namespace EqualifyPdf.Corrections.Llm.Review;

/// <summary>The model's heading-level corrections for the whole document.</summary>
/// <param name="Levels">The new level of each heading id that changed.</param>
/// <param name="Applied">The applied corrections (element, before, after).</param>
/// <param name="Rejected">Refused operations.</param>
/// <param name="Answer">The model's answer and usage.</param>
/// <param name="CostUsd">The call's cost.</param>
/// <param name="PromptVersion">The prompt that produced it.</param>
public sealed record DocumentReview(
    IReadOnlyDictionary<string, int> Levels,
    IReadOnlyList<AppliedEdit> Applied,
    IReadOnlyList<Rejection> Rejected,
    LlmAnswer Answer,
    double CostUsd,
    string PromptVersion);
