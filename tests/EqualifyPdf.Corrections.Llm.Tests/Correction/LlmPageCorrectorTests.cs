using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Corrections.Llm.Calls;
using EqualifyPdf.Corrections.Llm.Tests.Fake;
using EqualifyPdf.Testing.Bedrock;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Corrections;
using static EqualifyPdf.Corrections.Llm.Tests.Fake.LlmHarness;

namespace EqualifyPdf.Corrections.Llm.Tests.Correction;

public sealed class LlmPageCorrectorTests
{
    private const string JobId = "job-llm-1";

    private static PageModel OcrPage() => Page(1, PageTextSource.Ocr,
        Text("p1-b1", BlockRole.Paragraph, "Tbe quick brown fox jumps", confidence: 0.5),
        Text("p1-b2", BlockRole.Paragraph, "Summary"));

    private static async Task<PageCorrection> CorrectAsync(LlmHarness h, PageModel page, double spent = 0)
    {
        using (var upload = new MemoryStream("%PDF-1.7 stand-in"u8.ToArray()))
        {
            await h.Blobs.WriteAsync(BlobContainers.Temp, JobBlobKeys.Upload(JobId), upload, CancellationToken.None);
        }

        return await h.Get<LlmPageCorrector>().CorrectAsync(new PageCorrectionRequest(JobId, page, 1, spent), CancellationToken.None);
    }

    [Fact]
    public async Task CorrectAsync_ValidOperations_AppliedWithScriptedUsageAndCost()
    {
        await using var h = await StartAsync();
        h.Fake.Enqueue(ScriptedAnswer.Operations(1200, 150,
            new { op = "fix_ocr_text", id = "p1-b1", text = "The quick brown fox jumps", reason = "ocr" },
            new { op = "set_role", id = "p1-b2", role = "heading", level = 2, reason = "section title" }));

        var result = await CorrectAsync(h, OcrPage());

        var call = Assert.Single(h.Fake.Calls);
        Assert.True(call.SignatureValid);
        Assert.Equal(Fast, call.Model);
        Assert.Equal("bedrock-2023-05-31", call.AnthropicVersion);
        Assert.True(call.HasImage);
        Assert.Contains("p1-b1", call.Body, StringComparison.Ordinal);
        Assert.Equal("The quick brown fox jumps", result.Page.Blocks[0].Text);
        Assert.Equal((BlockRole.Heading, 2), (result.Page.Blocks[1].Role, result.Page.Blocks[1].Level));
        var modelEdits = result.Edits.Where(e => e.Corrector == Fast).ToList();
        Assert.Equal(["fix_ocr_text", "set_role"], modelEdits.Select(e => e.Reason));
        Assert.All(modelEdits, e => Assert.Equal((1200L, 150L, "page-v1"), (e.InputTokens!.Value, e.OutputTokens!.Value, e.PromptVersion!)));
        Assert.Equal(1, result.Llm!.Calls);
        Assert.Equal(((1200 * 0.001) + (150 * 0.005)) / 1000, result.Llm.CostUsd, 9);
        Assert.Null(result.Llm.Fallback);
        Assert.Equal(ConfidenceLevels.High, ConfidenceLevels.For(result.Score));
    }

    [Fact]
    public async Task CorrectAsync_MalformedAnswers_KeepRulesResultLowerConfidenceAndRetryOnQualityModel()
    {
        await using var h = await StartAsync();
        var page = Page(1, PageTextSource.Ocr, Text("p1-b1", BlockRole.Paragraph, "Tbe quick brown fox", confidence: 0.55));
        var rules = await h.Get<RuleBasedPageCorrector>().CorrectAsync(new PageCorrectionRequest(JobId, page, 1), CancellationToken.None);
        h.Fake.Enqueue(ScriptedAnswer.Text("I would change the first block.", 900, 20), ScriptedAnswer.Text("{\"operations\": [", 950, 5));

        var result = await CorrectAsync(h, page);

        Assert.Equal([Fast, Quality], h.Fake.Calls.Select(c => c.Model));
        Assert.Equal(rules.Page.Blocks, result.Page.Blocks);
        Assert.True(result.Score < rules.Score);
        Assert.Equal(ConfidenceLevels.Low, ConfidenceLevels.For(result.Score));
        Assert.Contains(result.Edits, e => e.Reason == CorrectionReasons.LlmRejected && e.Corrector == Quality);
        Assert.Equal((2, 1850L, 25L), (result.Llm!.Calls, result.Llm.InputTokens, result.Llm.OutputTokens));
    }

    [Fact]
    public async Task CorrectAsync_InvalidOperations_RejectedPageUnchanged()
    {
        await using var h = await StartAsync();
        var page = Page(1, PageTextSource.TextLayer,
            Text("p1-b1", BlockRole.Heading, "Methods", level: 2),
            Text("p1-b2", BlockRole.Paragraph, "We measured the samples twice."));
        object[] invalid =
        [
            new { op = "set_heading_level", id = "p9-b9", level = 2, reason = "unknown id" },
            new { op = "fix_ocr_text", id = "p1-b2", text = "We invented an entirely different sentence here.", reason = "not ocr" },
            new { op = "set_heading_level", id = "p1-b1", level = 4, reason = "skips" },
            new { op = "set_heading_level", id = "p1-b1", level = 1, reason = "contradicts" },
        ];
        h.Fake.Enqueue(ScriptedAnswer.Operations(800, 60, invalid), ScriptedAnswer.Operations(820, 60, invalid));

        var result = await CorrectAsync(h, page);

        Assert.Equal(page.Blocks, result.Page.Blocks);
        Assert.Equal(ConfidenceLevels.Low, ConfidenceLevels.For(result.Score));
        Assert.DoesNotContain(result.Edits, e => e.Corrector is Fast);
        Assert.Equal(2, h.Fake.Calls.Count);
    }

    [Fact]
    public async Task CorrectAsync_ThrottledWithRetryAfter_RetriesOnceAfterTheDelay()
    {
        await using var h = await StartAsync();
        h.Fake.Enqueue(ScriptedAnswer.Throttled("1"), ScriptedAnswer.Operations(500, 20));

        var result = await CorrectAsync(h, OcrPage());

        var calls = h.Fake.Calls.ToList();
        Assert.Equal(2, calls.Count);
        Assert.InRange((calls[1].At - calls[0].At).TotalSeconds, 0.95, 5);
        Assert.Null(result.Llm!.Fallback);
        Assert.Equal(500, result.Llm.InputTokens);
    }

    [Fact]
    public async Task CorrectAsync_SustainedServerErrors_CircuitOpensAndPagesFallBack()
    {
        await using var h = await StartAsync();
        h.Fake.Default = ScriptedAnswer.ServerError();

        var first = await CorrectAsync(h, OcrPage());
        var second = await CorrectAsync(h, OcrPage() with { Number = 2 });

        Assert.Equal(3, h.Fake.Calls.Count); // one call and two retries; then the open circuit sends nothing
        Assert.Equal("open", h.Get<LlmCallStats>().CircuitState);
        foreach (var page in new[] { first, second })
        {
            Assert.Equal(CorrectionReasons.LlmUnavailable, page.Llm!.Fallback);
            Assert.Equal(ConfidenceLevels.Low, ConfidenceLevels.For(page.Score));
            Assert.Contains(page.Edits, e => e.Reason == CorrectionReasons.LlmUnavailable);
        }
    }

    [Fact]
    public async Task CorrectAsync_AnswerSlowerThanTimeout_FallsBack()
    {
        await using var h = await StartAsync(new() { ["Llm:CallTimeout"] = "00:00:00.400", ["Llm:MaxRetryAttempts"] = "0" });
        h.Fake.Enqueue(ScriptedAnswer.Operations(100, 10) with { Delay = TimeSpan.FromSeconds(3) });

        var result = await CorrectAsync(h, OcrPage());

        Assert.Equal(CorrectionReasons.LlmUnavailable, result.Llm!.Fallback);
        Assert.Equal("Tbe quick brown fox jumps", result.Page.Blocks[0].Text);
    }

    [Fact]
    public async Task CorrectAsync_BudgetSpent_KeepsRulesResultWithoutCalling()
    {
        await using var h = await StartAsync(new() { ["Llm:MaxCostPerJobUsd"] = "0.01" });

        var result = await CorrectAsync(h, OcrPage(), spent: 0.0100001);

        Assert.Empty(h.Fake.Calls);
        Assert.Equal(CorrectionReasons.LlmBudgetExhausted, result.Llm!.Fallback);
        Assert.Contains(result.Edits, e => e.Reason == CorrectionReasons.LlmBudgetExhausted);
        Assert.Equal("Tbe quick brown fox jumps", result.Page.Blocks[0].Text);
    }
}
