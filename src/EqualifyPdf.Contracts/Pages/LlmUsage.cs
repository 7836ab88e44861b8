namespace EqualifyPdf.Contracts.Pages;

/// <summary>What the AI correction step used for a page, or for a whole job (the sum of its pages and the document pass).</summary>
/// <param name="Calls">Model calls answered.</param>
/// <param name="InputTokens">Input tokens reported by the model.</param>
/// <param name="OutputTokens">Output tokens reported by the model.</param>
/// <param name="CostUsd">Cost at the configured prices per 1K tokens.</param>
/// <param name="Fallback">Why a page kept the rule-based result (<c>llm_unavailable</c>, <c>llm_budget_exhausted</c>); null when reviewed.</param>
/// <param name="Models">The models that answered, in call order.</param>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.LlmUsage")]
public sealed record LlmUsage(
    [property: Id(0)] int Calls,
    [property: Id(1)] long InputTokens,
    [property: Id(2)] long OutputTokens,
    [property: Id(3)] double CostUsd,
    [property: Id(4)] string? Fallback = null,
    [property: Id(5)] IReadOnlyList<string>? Models = null)
{
    /// <summary>No call made.</summary>
    public static LlmUsage None { get; } = new(0, 0, 0, 0);

    /// <summary>The sum of <paramref name="usages"/> (fallback and models are per page, not summed); null when all are null.</summary>
    public static LlmUsage? Sum(IEnumerable<LlmUsage?> usages)
    {
        ArgumentNullException.ThrowIfNull(usages);
        LlmUsage? total = null;
        foreach (var u in usages)
        {
            if (u is not null)
            {
                total = new LlmUsage(
                    (total?.Calls ?? 0) + u.Calls,
                    (total?.InputTokens ?? 0) + u.InputTokens,
                    (total?.OutputTokens ?? 0) + u.OutputTokens,
                    Math.Round((total?.CostUsd ?? 0) + u.CostUsd, 6));
            }
        }

        return total;
    }
}
