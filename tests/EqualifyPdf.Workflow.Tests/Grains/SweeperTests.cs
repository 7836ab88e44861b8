using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Tests.Infrastructure;

namespace EqualifyPdf.Workflow.Tests.Grains;

[Collection(WorkflowClusterCollection.Name)]
public sealed class SweeperTests(WorkflowClusterFixture fixture) : WorkflowTestBase(fixture)
{
    [Fact]
    public async Task SweepNow_OldOrphanAndEndedJob_RemovedWhileYoungOrphanAndFailedJobKept()
    {
        var oldOrphan = NewJobId();
        var youngOrphan = NewJobId();
        await WriteUploadAsync(oldOrphan, age: TimeSpan.FromHours(30));
        await WriteUploadAsync(youngOrphan, age: TimeSpan.FromHours(2));
        var failed = await SubmitAsync(new JobScenario { FakePiiFindings = false, ConverterCrashes = true });
        await WaitForStatusAsync(failed, JobStatus.Failed);
        Age(failed, TimeSpan.FromHours(30));

        await Fixture.Grains.GetGrain<IUploadSweeperGrain>(0).SweepNow();

        Assert.False(await Fixture.Blobs.ExistsAsync(BlobContainers.Temp, JobBlobKeys.Upload(oldOrphan)));
        Assert.True(await Fixture.Blobs.ExistsAsync(BlobContainers.Temp, JobBlobKeys.Upload(youngOrphan)));
        Assert.True(await Fixture.Blobs.ExistsAsync(BlobContainers.Temp, JobBlobKeys.Upload(failed))); // a retry resumes from it
    }

    private async Task WriteUploadAsync(string jobId, TimeSpan age)
    {
        await Fixture.Blobs.WriteAsync(BlobContainers.Temp, JobBlobKeys.Upload(jobId), new MemoryStream(CleanPdf));
        Age(jobId, age);
    }

    private void Age(string jobId, TimeSpan age)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Fixture.Root, "blobs", BlobContainers.Temp, jobId), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow - age);
        }
    }
}
