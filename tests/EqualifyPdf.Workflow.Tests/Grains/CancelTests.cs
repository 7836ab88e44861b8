using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Workflow.Tests.Infrastructure;

namespace EqualifyPdf.Workflow.Tests.Grains;

[Collection(WorkflowClusterCollection.Name)]
public sealed class CancelTests(WorkflowClusterFixture fixture) : WorkflowTestBase(fixture)
{
    public static TheoryData<JobStatus> ActiveStatuses =>
        [JobStatus.Submitted, JobStatus.PiiScanning, JobStatus.AwaitingApproval, JobStatus.Processing];

    [Theory]
    [MemberData(nameof(ActiveStatuses))]
    public async Task Cancel_InActiveStatus_CancelsAndDeletesTemp(JobStatus status)
    {
        var gate = new Gate();
        var scenario = new JobScenario
        {
            FakePiiFindings = status == JobStatus.AwaitingApproval,
            FakePageCount = 3,
            UploadGate = status == JobStatus.Submitted ? gate : null,
            PiiGate = status == JobStatus.PiiScanning ? gate : null,
            CorrectorGate = status == JobStatus.Processing ? gate : null,
        };
        var jobId = await SubmitAsync(scenario);
        if (status != JobStatus.AwaitingApproval)
        {
            await gate.Reached.WaitAsync(WaitLimit);
        }

        var held = await WaitForStatusAsync(jobId, status);
        var result = await Job(jobId).Cancel("teacher");
        gate.Open();

        Assert.Equal(CommandOutcome.Applied, result.Outcome);
        Assert.Equal(JobStatus.Cancelled, result.Job!.Status);
        var last = result.Job.History[^1];
        Assert.Equal((status, JobStatus.Cancelled, "cancelled", "teacher"), (last.From!.Value, last.To, last.Reason, last.Actor));
        Assert.Equal(held.History.Count + 1, result.Job.History.Count);
        await WaitUntilAsync(() => TempIsEmptyAsync(jobId), "temp blobs deleted");

        // Running pages stopped at their checkpoint: none was retried or completed after the cancel.
        var job = await Job(jobId).GetSnapshot();
        Assert.Equal(JobStatus.Cancelled, job!.Status);
        Assert.Empty(job.ResultKeys);
        if (status == JobStatus.Processing)
        {
            Assert.All(scenario.CorrectorCalls.Values, calls => Assert.Equal(1, calls));
        }

        Assert.Equal(CommandOutcome.AlreadyApplied, (await Job(jobId).Cancel("teacher")).Outcome);
    }

    [Fact]
    public async Task Cancel_AwaitingApproval_LinkStopsWorking()
    {
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = true, FakePageCount = 1 });
        await WaitForStatusAsync(jobId, JobStatus.AwaitingApproval);
        var (_, token) = await ReadNotificationAsync(jobId);

        await Job(jobId).Cancel("teacher");

        Assert.Equal(CommandOutcome.Gone, (await Token(token).Decide(DecisionKind.Approved, "ok", "dean")).Outcome);
        await WaitUntilAsync(async () => (await Token(token).GetReview()).Outcome == CommandOutcome.Gone, "review gone");
    }
}
