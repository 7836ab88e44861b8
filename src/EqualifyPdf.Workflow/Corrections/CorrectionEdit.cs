using System.Text.Json.Serialization;

namespace EqualifyPdf.Workflow.Corrections;

/// <summary>One entry of the correction ledger (<c>ledger.json</c>).</summary>
/// <param name="Page">1-based page.</param>
/// <param name="Element">The block id the edit applies to (e.g. <c>p3-b7</c>).</param>
/// <param name="Before">The value before the edit.</param>
/// <param name="After">The value after the edit (equal to before when the block was only flagged).</param>
/// <param name="Reason">Machine-readable reason, one of <see cref="CorrectionReasons"/>.</param>
/// <param name="Corrector">Which corrector made the edit (a model id for the AI step).</param>
/// <param name="InputTokens">AI step: input tokens of the call that produced the edit.</param>
/// <param name="OutputTokens">AI step: output tokens of that call.</param>
/// <param name="LatencyMs">AI step: the call's latency, retries included.</param>
/// <param name="PromptVersion">AI step: the prompt file that produced the edit (e.g. <c>page-v1</c>).</param>
public sealed record CorrectionEdit(
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("element")] string Element,
    [property: JsonPropertyName("before")] string Before,
    [property: JsonPropertyName("after")] string After,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("corrector")] string Corrector,
    [property: JsonPropertyName("input_tokens"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? InputTokens = null,
    [property: JsonPropertyName("output_tokens"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? OutputTokens = null,
    [property: JsonPropertyName("latency_ms"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? LatencyMs = null,
    [property: JsonPropertyName("prompt_version"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PromptVersion = null);
