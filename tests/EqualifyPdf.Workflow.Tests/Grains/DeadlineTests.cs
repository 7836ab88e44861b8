using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Naming;
using EqualifyPdf.Workflow.Tests.Infrastructure;

namespace EqualifyPdf.Workflow.Tests.Grains;

[Collection(WorkflowClusterCollection.Name)]
public sealed class DeadlineTests(WorkflowClusterFixture fixture) : WorkflowTestBase(fixture)
{
    [Fact]
    public async Task Processing_LongerThanLimit_FailsWithTimeout()
    {
        var gate = new Gate();
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = false, FakePageCount = 2, CorrectorGate = gate });
        await gate.Reached.WaitAsync(WaitLimit);

        Fixture.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));

        var job = await WaitForStatusAsync(jobId, JobStatus.Failed);
        gate.Open();
        Assert.Equal("timeout", job.History[^1].Reason);
        Assert.Equal(ErrorCategory.Temporary, job.Error!.Category);
        Assert.Equal("page_correction", job.Error.Stage);
    }

    [Fact]
    public async Task Retention_Passes_PurgesStateAndResults()
    {
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = false, FakePageCount = 1 });
        var job = await WaitForStatusAsync(jobId, JobStatus.Completed);
        Assert.True(await Fixture.Blobs.ExistsAsync(BlobContainers.Results, job.ResultKeys["html"]));

        // Time passes a day at a time, as it would, so the reminder service sees each of its own timers come due.
        var days = 0;
        await WaitUntilAsync(async () =>
        {
            if (days++ < 32)
            {
                Fixture.Clock.Advance(TimeSpan.FromDays(1));
            }

            return await Job(jobId).GetSnapshot() is null;
        }, "job purged");
        // `days` counts the advances made: purged once 30 days (the retention) have passed, never before; when the
        // reminder fires within the same poll as the 30th advance the count is exactly 30.
        Assert.InRange(days, 30, 40);
        Assert.False(await Fixture.Blobs.ExistsAsync(BlobContainers.Results, job.ResultKeys["html"]));
        Assert.False(await Fixture.Blobs.ExistsAsync(BlobContainers.Results, job.ResultKeys["metadata"]));
    }

    [Fact]
    public async Task ReceiveReminder_DuplicateAndEarlyTicks_OneTransition()
    {
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = true, FakePageCount = 1 });
        await WaitForStatusAsync(jobId, JobStatus.AwaitingApproval);
        var remindable = Job(jobId).AsReference<IRemindable>();

        // Early ticks (clock not yet at the deadline) change nothing.
        await remindable.ReceiveReminder(ReminderNames.ApprovalDeadline, default);
        await remindable.ReceiveReminder(ReminderNames.Lifecycle, default);
        Assert.Equal(JobStatus.AwaitingApproval, (await Job(jobId).GetSnapshot())!.Status);

        Fixture.Clock.Advance(TimeSpan.FromHours(5));
        await Task.WhenAll(
            remindable.ReceiveReminder(ReminderNames.ApprovalDeadline, default),
            remindable.ReceiveReminder(ReminderNames.ApprovalDeadline, default),
            remindable.ReceiveReminder(ReminderNames.Lifecycle, default));

        var job = await WaitForStatusAsync(jobId, JobStatus.Denied);
        Assert.Single(job.History, h => h.To == JobStatus.Denied);
        await remindable.ReceiveReminder(ReminderNames.ApprovalDeadline, default);
        Assert.Equal(job.History, (await Job(jobId).GetSnapshot())!.History);
    }
}
