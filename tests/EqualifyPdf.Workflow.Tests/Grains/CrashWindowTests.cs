using EqualifyPdf.Contracts.Approvals;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Workflow.Tests.Infrastructure;

namespace EqualifyPdf.Workflow.Tests.Grains;

/// <summary>Failures between two writes leave no job half-done: one live link, no looping poison PDF, nothing kept too long.</summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class CrashWindowTests(WorkflowClusterFixture fixture) : WorkflowTestBase(fixture)
{
    [Fact]
    public async Task Approval_StorageFailsAfterNotification_NewLinkReplacesOldOne()
    {
        var scenario = new JobScenario { FakePiiFindings = true, FakePageCount = 1, FailStorageAfterFirstNotification = true };
        var jobId = await SubmitAsync(scenario);
        var (_, firstToken) = await ReadNotificationAsync(jobId);
        // The checkpoint after the notification failed for good (all retries): as good as a crash at that point.
        await WaitUntilAsync(async () => (await Job(jobId).GetSnapshot())!.Stage == "waiting_for_storage", "the failing checkpoint");

        scenario.FailStateWrites(0);
        await WaitUntilAsync(async () => (await ReadNotificationAsync(jobId)).Token != firstToken, "a second notification");
        var (_, secondToken) = await ReadNotificationAsync(jobId);

        // The first link was delivered but never recorded as sent: it stops working once the second is minted.
        Assert.Equal(CommandOutcome.Gone, (await Token(firstToken).GetReview()).Outcome);
        Assert.Equal(CommandOutcome.Gone, (await Token(firstToken).Decide(DecisionKind.Approved, "Old link.", "dean")).Outcome);
        Assert.Equal(CommandOutcome.Applied, (await Token(secondToken).GetReview()).Outcome);
        Assert.Equal(CommandOutcome.Applied, (await Token(secondToken).Decide(DecisionKind.Approved, "Fine.", "dean")).Outcome);
        await WaitForStatusAsync(jobId, JobStatus.Completed);
    }

    [Fact]
    public async Task Convert_WorkerCrashesEveryTime_FailsUserFixableAfterThreeStarts()
    {
        var scenario = new JobScenario { FakePiiFindings = false, ConverterCrashes = true };
        var jobId = await SubmitAsync(scenario);

        var job = await WaitForStatusAsync(jobId, JobStatus.Failed);

        Assert.Equal(3, scenario.ConverterCalls);
        Assert.Equal(ErrorCategory.UserFixable, job.Error!.Category);
        Assert.StartsWith("This PDF could not be processed safely", job.Error.Message, StringComparison.Ordinal);
        Assert.Equal("conversion", job.Error.Stage);
    }

    [Fact]
    public async Task Submit_UploadKeyOfAnotherJob_Refused()
    {
        var other = NewJobId();

        var result = await Job(NewJobId()).Submit(new SubmitJobRequest("x.pdf", JobBlobKeys.Upload(other), 10, null, null, "uploader"));

        Assert.Equal(CommandOutcome.Conflict, result.Outcome);
        Assert.Null(result.Job);
    }

    [Fact]
    public async Task Deny_OutboxWithdrawnAndJobPurgedAfterSevenDays()
    {
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = true, FakePageCount = 1 });
        var (_, token) = await ReadNotificationAsync(jobId);
        var outbox = Path.Combine(Fixture.Outbox, $"approval_required-{jobId}.json");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(outbox));
        }

        Assert.Equal(CommandOutcome.Applied, (await Token(token).Decide(DecisionKind.Denied, "Student records.", "dean")).Outcome);
        await WaitUntilAsync(() => Task.FromResult(!File.Exists(outbox)), "the outbox file removed");

        Fixture.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(5));
        await WaitUntilAsync(async () => await Job(jobId).GetSnapshot() is null, "the denied job purged");
        Assert.Null(await Fixture.Grains.GetGrain<IApprovalTokenGrain>(Token(token).Hash).Resolve());
    }
}
