using System.Text.Json;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Tests.Infrastructure;

namespace EqualifyPdf.Workflow.Tests.Grains;

[Collection(WorkflowClusterCollection.Name)]
public sealed class JobGrainHappyPathTests(WorkflowClusterFixture fixture) : WorkflowTestBase(fixture)
{
    [Fact]
    public async Task Submit_CleanPdfWithRealServices_CompletesWithAllResults()
    {
        var jobId = await SubmitAsync();

        var job = await WaitForStatusAsync(jobId, JobStatus.Completed);

        Assert.Equal(100, job.Progress);
        Assert.Equal("done", job.Stage);
        Assert.Null(job.Error);
        Assert.Equal(
            [(null, JobStatus.Submitted), (JobStatus.Submitted, JobStatus.PiiScanning), (JobStatus.PiiScanning, JobStatus.Processing), (JobStatus.Processing, JobStatus.Completed)],
            Steps(job));
        Assert.Equal(["submitted", "started", "pii_clean", "completed"], job.History.Select(h => h.Reason));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["html"] = $"{jobId}/document.html",
                ["markdown"] = $"{jobId}/document.md",
                ["ledger"] = $"{jobId}/ledger.json",
                ["metadata"] = $"{jobId}/metadata.json",
            },
            job.ResultKeys);

        var html = await ReadResultAsync(job.ResultKeys["html"]);
        Assert.Contains("Welcome to the course", html, StringComparison.Ordinal);
        Assert.Contains("Chapter 2", await ReadResultAsync(job.ResultKeys["markdown"]), StringComparison.Ordinal);

        using var metadata = JsonDocument.Parse(await ReadResultAsync(job.ResultKeys["metadata"]));
        Assert.Equal(2, metadata.RootElement.GetProperty("page_count").GetInt32());
        Assert.Contains(metadata.RootElement.GetProperty("confidence").GetString(), new[] { "HIGH", "MEDIUM", "LOW" });
        Assert.Equal(2, metadata.RootElement.GetProperty("pages").GetArrayLength());
        var timings = metadata.RootElement.GetProperty("timings_seconds");
        foreach (var stage in new[] { "pii_scan", "conversion", "page_correction", "assembly", "total" })
        {
            Assert.True(timings.TryGetProperty(stage, out _), $"timing for {stage}");
        }

        using var ledger = JsonDocument.Parse(await ReadResultAsync(job.ResultKeys["ledger"]));
        Assert.Equal(JsonValueKind.Array, ledger.RootElement.GetProperty("edits").ValueKind);

        // The temp PDF and intermediate page data are gone once the job completed.
        Assert.True(await TempIsEmptyAsync(jobId));
    }

    [Fact]
    public async Task Submit_SyntheticPages_CorrectsEveryPageOnceWithinConcurrencyBound()
    {
        var scenario = new JobScenario { FakePiiFindings = false, FakePageCount = 12 };
        var jobId = await SubmitAsync(scenario);

        var job = await WaitForStatusAsync(jobId, JobStatus.Completed);

        Assert.Equal(Enumerable.Range(1, 12), scenario.CorrectorCalls.Keys.Order());
        Assert.All(scenario.CorrectorCalls.Values, calls => Assert.Equal(1, calls));
        Assert.InRange(scenario.MaxConcurrentCorrections, 2, 5);

        // Rule-based corrections of the synthetic pages reach the ledger: ligature in every page, heading skip from page 2.
        using var ledger = JsonDocument.Parse(await ReadResultAsync(job.ResultKeys["ledger"]));
        var edits = ledger.RootElement.GetProperty("edits").EnumerateArray().ToList();
        Assert.Equal(12, edits.Count(e => e.GetProperty("reason").GetString() == "ligature_expanded"));
        Assert.Contains(edits, e => e.GetProperty("reason").GetString() == "heading_level_skip" && e.GetProperty("element").GetString() == "p2-b1");
        Assert.All(edits, e => Assert.Equal("rules-v1", e.GetProperty("corrector").GetString()));
    }

    [Fact]
    public async Task Submit_SameUploadTwice_SecondIsAlreadyApplied()
    {
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = false, FakePageCount = 1 });

        var again = await Job(jobId).Submit(new SubmitJobRequest("week1.pdf", $"{jobId}/source.pdf", 1, null, null, "uploader"));
        var other = await Job(jobId).Submit(new SubmitJobRequest("week1.pdf", $"{jobId}/other.pdf", 1, null, null, "uploader"));

        Assert.Equal(CommandOutcome.AlreadyApplied, again.Outcome);
        Assert.Equal(CommandOutcome.Conflict, other.Outcome);
        var job = await WaitForStatusAsync(jobId, JobStatus.Completed);
        Assert.Single(job.History, h => h.To == JobStatus.Submitted);
    }

    [Fact]
    public async Task Submit_UploadMissing_FailsUserFixable()
    {
        var jobId = NewJobId();
        var result = await Job(jobId).Submit(new SubmitJobRequest("gone.pdf", $"{jobId}/source.pdf", 10, null, null, "uploader"));
        Assert.Equal(CommandOutcome.Applied, result.Outcome);

        var job = await WaitForStatusAsync(jobId, JobStatus.Failed);

        Assert.Equal(ErrorCategory.UserFixable, job.Error!.Category);
        Assert.Contains("Upload the document again", job.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_NotAPdf_FailsUserFixableInPiiScan()
    {
        var jobId = await SubmitAsync(pdf: "%PDF-1.7\nthis is not really a pdf"u8.ToArray());

        var job = await WaitForStatusAsync(jobId, JobStatus.Failed);

        Assert.Equal("pii_scan", job.Error!.Stage);
        Assert.Equal(ErrorCategory.UserFixable, job.Error.Category);
    }

    private async Task<string> ReadResultAsync(string key)
    {
        await using var stream = await Fixture.Blobs.OpenReadAsync(BlobContainers.Results, key);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
