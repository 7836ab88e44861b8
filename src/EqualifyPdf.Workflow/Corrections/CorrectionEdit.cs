using System.Text.Json.Serialization;

namespace EqualifyPdf.Workflow.Corrections;

/// <summary>One entry of the correction ledger (<c>ledger.json</c>).</summary>
/// <param name="Page">1-based page.</param>
/// <param name="Element">The block id the edit applies to (e.g. <c>p3-b7</c>).</param>
/// <param name="Before">The value before the edit.</param>
/// <param name="After">The value after the edit (equal to before when the block was only flagged).</param>
/// <param name="Reason">Machine-readable reason, one of <see cref="CorrectionReasons"/>.</param>
/// <param name="Corrector">Which corrector made the edit.</param>
public sealed record CorrectionEdit(
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("element")] string Element,
    [property: JsonPropertyName("before")] string Before,
    [property: JsonPropertyName("after")] string After,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("corrector")] string Corrector);
