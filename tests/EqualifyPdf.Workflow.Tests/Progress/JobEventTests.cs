using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Contracts.Progress;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Jobs;
using EqualifyPdf.Workflow.Progress;
using EqualifyPdf.Workflow.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EqualifyPdf.Workflow.Tests.Progress;

/// <summary>What the job grain publishes and indexes on each transition, and the submit options it honours.</summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class JobEventTests(WorkflowClusterFixture fixture) : WorkflowTestBase(fixture)
{
    private InMemoryJobProgressStore Store => (InMemoryJobProgressStore)Fixture.SiloServices.GetRequiredService<IJobProgressStore>();

    [Fact]
    public async Task Publish_CompletedJob_NumbersEveryEventInCommitOrder()
    {
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = false, FakePageCount = 3 });
        await WaitForStatusAsync(jobId, JobStatus.Completed);
        await WaitUntilAsync(async () => (await Store.ReadAfterAsync(jobId, 0)).Any(e => e.Kind == JobEventKind.Done), "the done event");

        var events = await Store.ReadAfterAsync(jobId, 0);

        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Sequence));
        Assert.Equal(
            [JobStatus.Submitted, JobStatus.PiiScanning, JobStatus.Processing, JobStatus.Completed],
            events.Where(e => e.Kind == JobEventKind.Status).Select(e => e.Status).Distinct());
        Assert.Equal([1, 2, 3], events.Where(e => e.Kind == JobEventKind.Page).Select(e => e.Page!.Value));
        Assert.All(events.Where(e => e.Kind == JobEventKind.Page), e => Assert.Equal(3, e.PagesTotal));
        Assert.Equal(JobEventKind.Done, events[^1].Kind);
        Assert.Single(events, e => e.Kind == JobEventKind.Done);
        var progress = events.Where(e => e.Kind != JobEventKind.Page).Select(e => e.Progress).ToList();
        Assert.Equal(progress.Order(), progress);
        Assert.Equal(100, progress[^1]);
        Assert.Equal(2, (await Store.ReadAfterAsync(jobId, events[^3].Sequence)).Count);

        var index = Store.Index[jobId];
        Assert.Equal((JobStatus.Completed, JobStages.Done, "uploader", "week1.pdf"), (index.Status, index.Stage, index.SubmittedBy, index.Filename));
    }

    [Fact]
    public async Task Index_FailedJob_KeepsTheErrorCategory()
    {
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = false, ConverterCrashes = true });
        var job = await WaitForStatusAsync(jobId, JobStatus.Failed);

        await WaitUntilAsync(() => Task.FromResult(Store.Index[jobId].Status == JobStatus.Failed), "the failed index entry");

        Assert.Equal(job.Error!.Category, Store.Index[jobId].ErrorCategory);
        var events = await Store.ReadAfterAsync(jobId, 0);
        var failed = Assert.Single(events, e => e.Kind == JobEventKind.Status && e.Status == JobStatus.Failed);
        Assert.Equal(job.Error, failed.Error);
    }

    [Fact]
    public async Task Index_AwaitingApproval_CarriesTheDeadline()
    {
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = true });
        await ReadNotificationAsync(jobId);

        await WaitUntilAsync(() => Task.FromResult(Store.Index[jobId].ApprovalExpiresAt is not null), "the approval deadline in the index");

        Assert.Equal(JobStatus.AwaitingApproval, Store.Index[jobId].Status);
    }

    [Fact]
    public async Task Submit_ReviewModeHuman_CleanScanStillAwaitsApproval()
    {
        var jobId = await SubmitWithAsync(new JobScenario { FakePiiFindings = false }, r => r with { ReviewMode = ReviewMode.Human });

        var job = await WaitForStatusAsync(jobId, JobStatus.AwaitingApproval);

        Assert.Equal(JobReasons.ReviewRequested, job.History[^1].Reason);
    }

    [Fact]
    public async Task Submit_SkipPiiScan_NeverScansAndRecordsTheReason()
    {
        // The scan would wait on this gate forever: reaching completed proves it never ran.
        var gate = new Gate();
        var jobId = await SubmitWithAsync(
            new JobScenario { FakePiiFindings = true, PiiGate = gate, FakePageCount = 1 },
            r => r with { SkipPiiScan = true, SkipReason = "Synthetic data for a training session." });

        var job = await WaitForStatusAsync(jobId, JobStatus.Completed);

        var skipped = Assert.Single(job.History, h => h.Reason == JobReasons.PiiScanSkipped);
        Assert.Equal((JobStatus.PiiScanning, JobStatus.Processing), (skipped.From, skipped.To));
        Assert.Equal("Synthetic data for a training session.", skipped.Note);
        Assert.Equal("uploader", skipped.Actor);
    }

    [Fact]
    public async Task Submit_OcrLanguages_ReachTheConverter()
    {
        var scenario = new JobScenario { FakePiiFindings = false, FakePageCount = 1 };
        var jobId = await SubmitWithAsync(scenario, r => r with { OcrLanguages = ["eng", "fra"] });

        await WaitForStatusAsync(jobId, JobStatus.Completed);

        Assert.Equal(["eng", "fra"], scenario.LastConversion!.OcrLanguages!);
    }

    [Fact]
    public async Task DecideById_AwaitingThenDecided_AppliesOnceThenConflicts()
    {
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = true, FakePageCount = 1 });
        await ReadNotificationAsync(jobId);
        var approve = new ReviewDecision(DecisionKind.Approved, "Cleared for publication.", "Dr. Lee", Fixture.Clock.GetUtcNow());

        var first = await Job(jobId).DecideById(approve);
        var second = await Job(jobId).DecideById(approve with { Decision = DecisionKind.Denied });

        Assert.Equal(CommandOutcome.Applied, first.Outcome);
        Assert.Equal(CommandOutcome.Conflict, second.Outcome);
        var job = await WaitForStatusAsync(jobId, JobStatus.Completed);
        Assert.Equal("Dr. Lee", job.Decision!.ReviewedBy);
        Assert.Equal(CommandOutcome.NotFound, (await Job(NewJobId()).DecideById(approve)).Outcome);
    }

    [Fact]
    public async Task Purge_AfterRetention_ForgetsEventsAndIndexEntry()
    {
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = false, FakePageCount = 1 });
        await WaitForStatusAsync(jobId, JobStatus.Completed);
        await WaitUntilAsync(() => Task.FromResult(Store.Index.TryGetValue(jobId, out var e) && e.Status == JobStatus.Completed), "the index entry");

        // A day at a time, so the reminder service sees its timers come due (as in DeadlineTests).
        var days = 0;
        await WaitUntilAsync(async () =>
        {
            if (days++ < 32)
            {
                Fixture.Clock.Advance(TimeSpan.FromDays(1));
            }

            return await Job(jobId).GetSnapshot() is null;
        }, "job purged");

        Assert.False(Store.Index.ContainsKey(jobId));
        Assert.Empty(await Store.ReadAfterAsync(jobId, 0));
    }

    private async Task<string> SubmitWithAsync(JobScenario scenario, Func<SubmitJobRequest, SubmitJobRequest> shape)
    {
        var jobId = NewJobId();
        JobScenario.Set(jobId, scenario);
        var key = JobBlobKeys.Upload(jobId);
        await Fixture.Blobs.WriteAsync(BlobContainers.Temp, key, new MemoryStream(CleanPdf));
        var result = await Job(jobId).Submit(shape(new SubmitJobRequest("week1.pdf", key, CleanPdf.Length, null, null, "uploader")));
        Assert.Equal(CommandOutcome.Applied, result.Outcome);
        return jobId;
    }
}
