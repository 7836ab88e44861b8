using EqualifyPdf.Contracts.Pages;

namespace EqualifyPdf.ClientApi.Models;

/// <summary>The <c>llm</c> member of a job's status: what the AI correction step used so far.</summary>
public sealed record LlmTotalsResponse(int Calls, long InputTokens, long OutputTokens, double CostUsd)
{
    /// <summary>The wire shape of <paramref name="usage"/>; null when the AI step is off.</summary>
    public static LlmTotalsResponse? From(LlmUsage? usage) =>
        usage is null ? null : new(usage.Calls, usage.InputTokens, usage.OutputTokens, usage.CostUsd);
}
