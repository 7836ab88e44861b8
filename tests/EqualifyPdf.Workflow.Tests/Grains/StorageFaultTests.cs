using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Workflow.Tests.Infrastructure;

namespace EqualifyPdf.Workflow.Tests.Grains;

/// <summary>Storage hiccups never fail a job; a storage outage is ours, never the document's.</summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class StorageFaultTests(WorkflowClusterFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : WorkflowTestBase(fixture)
{
    [Fact]
    public async Task StateWrites_TransientFailures_RetriedAndJobCompletes()
    {
        var scenario = new JobScenario { FakePiiFindings = false, FakePageCount = 3 };
        scenario.FailStateWrites(3); // within the 3 retries of one call

        var jobId = await SubmitAsync(scenario);
        var job = await WaitForStatusAsync(jobId, JobStatus.Completed);

        Assert.Equal(3, scenario.StateWriteFailuresInjected);
        Assert.Null(job.Error);
        Assert.Single(job.History, h => h.To == JobStatus.Submitted);
    }

    [Fact]
    public async Task Submit_StorageDown_ThrowsStorageUnavailableAndRecordsNothing()
    {
        var jobId = NewJobId();
        var scenario = new JobScenario { FakePiiFindings = false, FakePageCount = 1 };
        JobScenario.Set(jobId, scenario);
        scenario.FailStateWrites(int.MaxValue);
        var key = JobBlobKeys.Upload(jobId);
        await Fixture.Blobs.WriteAsync(EqualifyPdf.Storage.BlobContainers.Temp, key, new MemoryStream(CleanPdf));

        await Assert.ThrowsAsync<StorageUnavailableException>(
            () => Job(jobId).Submit(new SubmitJobRequest("week1.pdf", key, CleanPdf.Length, null, null, "uploader")));

        // The failed write changed nothing in memory either: the job does not exist, and a later submit creates it.
        Assert.Null(await Job(jobId).GetSnapshot());
        scenario.FailStateWrites(0);
        var created = await Job(jobId).Submit(new SubmitJobRequest("week1.pdf", key, CleanPdf.Length, null, null, "uploader"));
        Assert.Equal(CommandOutcome.Applied, created.Outcome);
        await WaitForStatusAsync(jobId, JobStatus.Completed);
    }

    [Fact]
    public async Task StateWrites_OutageMidRun_JobWaitsForStorageThenCompletes()
    {
        var gate = new Gate();
        var scenario = new JobScenario { FakePiiFindings = false, FakePageCount = 2, CorrectorGate = gate };
        var jobId = await SubmitAsync(scenario);
        await WaitUntilAsync(async () => (await Job(jobId).GetSnapshot())!.Stage == "page_correction", "page correction");

        scenario.FailStateWrites(int.MaxValue);
        gate.Open();
        await WaitUntilAsync(async () => (await Job(jobId).GetSnapshot())!.Stage == "waiting_for_storage", "waiting_for_storage");
        Assert.Equal(JobStatus.Processing, (await Job(jobId).GetSnapshot())!.Status);

        scenario.FailStateWrites(0);
        var job = await WaitForStatusAsync(jobId, JobStatus.Completed);
        Assert.DoesNotContain(job.History, h => h.To == JobStatus.Failed);
    }

    [Fact]
    public async Task JobState_StaysSmall_WhateverThePageCount()
    {
        var small = await SubmitAsync(new JobScenario { FakePiiFindings = false, FakePageCount = 5 });
        var large = await SubmitAsync(new JobScenario { FakePiiFindings = false, FakePageCount = 300 });
        await WaitForStatusAsync(small, JobStatus.Completed);
        await WaitForStatusAsync(large, JobStatus.Completed);
        await WaitUntilAsync(() => Task.FromResult(WorkflowClusterFixture.JobStorage.WrittenBytes[large].Count > 0), "writes");

        var smallMax = WorkflowClusterFixture.JobStorage.WrittenBytes[small].Max();
        var largeWrites = WorkflowClusterFixture.JobStorage.WrittenBytes[large];

        output.WriteLine($"job state bytes written: 5 pages {WorkflowClusterFixture.JobStorage.WrittenBytes[small].Sum()} in "
            + $"{WorkflowClusterFixture.JobStorage.WrittenBytes[small].Count} writes (largest {smallMax}); 300 pages {largeWrites.Sum()} in {largeWrites.Count} writes (largest {largeWrites.Max()})");

        // O(1) state: 60× the pages, (almost) the same largest write; progress is written per percent, not per page.
        Assert.InRange(largeWrites.Max(), 0, smallMax + 64);
        Assert.InRange(largeWrites.Count, 1, 80);
    }

    [Fact]
    public async Task PageResultWrites_BlobStoreCircuitOpen_JobWaitsInsteadOfFailingThePage()
    {
        // More failed writes than a page has attempts: counted as attempts, they would fail the page and the job.
        var scenario = new JobScenario { FakePiiFindings = false, FakePageCount = 2, PageWriteOutages = 8 };
        var jobId = await SubmitAsync(scenario);

        var job = await WaitForStatusAsync(jobId, JobStatus.Completed);

        Assert.Null(job.Error);
        Assert.True(Volatile.Read(ref scenario.PageWriteOutages) < 0, "every injected outage was hit");
    }
}
