using EqualifyPdf.Contracts.Pages;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>Everything <see cref="JobAssembler"/> needs, copied out of the grain state so it can run off the grain's thread.</summary>
internal sealed record AssemblyInput(
    string JobId,
    string Filename,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset CompletedAt,
    DocumentModel Document,
    IReadOnlyList<PageResult> Pages,
    IReadOnlyList<string> PageLedgers,
    IReadOnlyDictionary<string, double> StageSeconds,
    LlmUsage? Llm = null);
