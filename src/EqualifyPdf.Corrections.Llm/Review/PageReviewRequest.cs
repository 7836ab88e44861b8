using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Corrections.Llm.Review;

/// <summary>What the model sees of one page.</summary>
/// <param name="Page">The page (after the rule-based corrector).</param>
/// <param name="PreviousHeadingLevel">Level of the last heading before the page, 0 when none.</param>
/// <param name="PreviousPageBlocks">The last blocks of the previous page (empty on the first page).</param>
/// <param name="NextPageBlocks">The first blocks of the next page (empty on the last page).</param>
/// <param name="Outline">The document's headings.</param>
/// <param name="Language">The document's language.</param>
/// <param name="PageImagePng">The page rendered as PNG, when it could be rendered.</param>
public sealed record PageReviewRequest(
    PageModel Page,
    int PreviousHeadingLevel,
    IReadOnlyList<Block> PreviousPageBlocks,
    IReadOnlyList<Block> NextPageBlocks,
    IReadOnlyList<OutlineEntry> Outline,
    string Language,
    byte[]? PageImagePng);

/// <summary>One heading of the document outline.</summary>
/// <param name="Id">The heading block's id.</param>
/// <param name="Text">Its text.</param>
/// <param name="Page">Its page.</param>
/// <param name="Level">Its level.</param>
/// <param name="HeightPt">Height of its box in points (font evidence: a larger type makes a taller box).</param>
public sealed record OutlineEntry(string Id, string Text, int Page, int Level, double HeightPt);

/// <summary>The model's review of a page.</summary>
/// <param name="Outcome">What was applied and refused; null when the answer was not valid JSON of the schema.</param>
/// <param name="Answer">The model's answer and usage.</param>
/// <param name="CostUsd">The call's cost.</param>
/// <param name="PromptVersion">The prompt that produced it.</param>
public sealed record PageReview(Operations.OperationOutcome? Outcome, Calls.LlmAnswer Answer, double CostUsd, string PromptVersion)
{
    /// <summary>True when the answer could not be read at all.</summary>
    public bool Malformed => Outcome is null;
}
