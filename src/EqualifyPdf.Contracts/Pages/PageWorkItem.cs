namespace EqualifyPdf.Contracts.Pages;

/// <summary>What a page grain needs to correct one page.</summary>
/// <param name="JobId">The owning job.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="SourceKey">Temp-container key of the page model JSON produced by the conversion.</param>
/// <param name="PreviousHeadingLevel">Level of the last heading before this page (0 when none), so heading
/// level repairs see across page boundaries.</param>
/// <param name="LlmSpentUsd">What the job's AI correction has cost so far, checked against the job's budget.</param>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.PageWorkItem")]
public sealed record PageWorkItem(string JobId, int Page, string SourceKey, int PreviousHeadingLevel, double LlmSpentUsd = 0);
