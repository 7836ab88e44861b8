using System.Text.Json;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Conversion;
using EqualifyPdf.Workflow.Corrections;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>Builds a completed job's outputs: HTML, Markdown, <c>ledger.json</c> and <c>metadata.json</c>.</summary>
internal static class JobAssembler
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>The outputs by result name (<see cref="ResultNames"/>).</summary>
    public static IReadOnlyList<(string Format, string Content)> Build(AssemblyInput input)
    {
        var edits = input.PageLedgers
            .SelectMany(l => JsonSerializer.Deserialize<List<CorrectionEdit>>(l, PageGrainJson) ?? [])
            .ToList();
        var ledger = new { JobId = input.JobId, EditCount = edits.Count, Edits = edits };

        var pageMeta = input.Pages.Select((p, i) => new
        {
            p.Page,
            p.Confidence,
            p.Score,
            Edits = p.Edits,
            TextSource = input.Document.Pages[i].TextSource.ToString(),
            p.Llm,
        }).ToList();
        var overall = input.Pages.Count == 0
            ? ConfidenceLevels.High
            : input.Pages.MinBy(p => ConfidenceLevels.Rank(p.Confidence))!.Confidence;
        var timings = new Dictionary<string, double>(input.StageSeconds.Select(kv => KeyValuePair.Create(kv.Key, Math.Round(kv.Value, 3))))
        {
            ["total"] = Math.Round((input.CompletedAt - input.CreatedAt).TotalSeconds, 3),
        };
        var metadata = new
        {
            JobId = input.JobId,
            Filename = input.Filename,
            Title = input.Document.Info.Title,
            Language = input.Document.Info.Language,
            PageCount = input.Document.Info.PageCount,
            Confidence = overall,
            ConfidenceScore = input.Pages.Count == 0 ? 1.0 : Math.Round(input.Pages.Average(p => p.Score), 3),
            CorrectionCount = edits.Count,
            Attempts = input.Attempts,
            CreatedAt = input.CreatedAt,
            CompletedAt = input.CompletedAt,
            TimingsSeconds = timings,
            input.Llm,
            Pages = pageMeta,
        };

        return
        [
            (ResultNames.Html, HtmlRenderer.Render(input.Document)),
            (ResultNames.Markdown, MarkdownRenderer.Render(input.Document)),
            (ResultNames.Ledger, JsonSerializer.Serialize(ledger, LedgerFileJson)),
            (ResultNames.Metadata, JsonSerializer.Serialize(metadata, Json)),
        ];
    }

    // Edits carry their own snake_case names; the page ledgers are written with default options.
    private static readonly JsonSerializerOptions PageGrainJson = new();

    private static readonly JsonSerializerOptions LedgerFileJson = new(Json);
}
