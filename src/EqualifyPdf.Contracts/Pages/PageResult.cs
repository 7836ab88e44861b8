namespace EqualifyPdf.Contracts.Pages;

/// <summary>The outcome of a page's correction step.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="Succeeded">True when the corrected page and its ledger are stored.</param>
/// <param name="Score">Page confidence 0–1.</param>
/// <param name="Confidence"><c>HIGH</c>, <c>MEDIUM</c> or <c>LOW</c>.</param>
/// <param name="Edits">Number of correction edits recorded in the page ledger.</param>
/// <param name="ResultKey">Temp-container key of the corrected page model JSON.</param>
/// <param name="LedgerKey">Temp-container key of the page's ledger JSON.</param>
/// <param name="Attempts">Correction attempts made by the latest run.</param>
/// <param name="Error">Why the page failed; null on success.</param>
/// <param name="Llm">What the AI correction step used, and why the page kept the rule-based result; null when it is off.</param>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.PageResult")]
public sealed record PageResult(
    [property: Id(0)] int Page,
    [property: Id(1)] bool Succeeded,
    [property: Id(2)] double Score,
    [property: Id(3)] string Confidence,
    [property: Id(4)] int Edits,
    [property: Id(5)] string? ResultKey,
    [property: Id(6)] string? LedgerKey,
    [property: Id(7)] int Attempts,
    [property: Id(8)] string? Error,
    [property: Id(9)] LlmUsage? Llm = null);
