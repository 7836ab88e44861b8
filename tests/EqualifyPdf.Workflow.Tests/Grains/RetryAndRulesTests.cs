using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Workflow.Tests.Infrastructure;

namespace EqualifyPdf.Workflow.Tests.Grains;

[Collection(WorkflowClusterCollection.Name)]
public sealed class RetryAndRulesTests(WorkflowClusterFixture fixture) : WorkflowTestBase(fixture)
{
    [Fact]
    public async Task Retry_AfterPageFailedThreeTimes_CompletesWithoutRedoingGoodPages()
    {
        var scenario = new JobScenario { FakePiiFindings = false, FakePageCount = 3, FailingPages = [2] };
        var jobId = await SubmitAsync(scenario);

        var failed = await WaitForStatusAsync(jobId, JobStatus.Failed);
        Assert.Equal(("page_correction", ErrorCategory.Temporary), (failed.Error!.Stage, failed.Error.Category));
        Assert.Contains("Page 2", failed.Error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 3, 1), (scenario.CorrectorCalls[1], scenario.CorrectorCalls[2], scenario.CorrectorCalls[3]));

        scenario.PagesFail = false;
        var retried = await Job(jobId).Retry("teacher");
        Assert.Equal(CommandOutcome.Applied, retried.Outcome);
        Assert.Equal(JobStatus.Processing, retried.Job!.Status);

        var job = await WaitForStatusAsync(jobId, JobStatus.Completed);
        Assert.Equal((1, 4, 1), (scenario.CorrectorCalls[1], scenario.CorrectorCalls[2], scenario.CorrectorCalls[3]));
        Assert.Equal(2, job.Attempts);
        Assert.Null(job.Error);
        Assert.Equal(
            [JobStatus.Submitted, JobStatus.PiiScanning, JobStatus.Processing, JobStatus.Failed, JobStatus.Processing, JobStatus.Completed],
            job.History.Select(h => h.To));
        Assert.Equal(("retry", "teacher"), (job.History[4].Reason, job.History[4].Actor));
    }

    [Fact]
    public async Task Retry_AfterThirdAttempt_Conflict()
    {
        var scenario = new JobScenario { FakePiiFindings = false, FakePageCount = 1, FailingPages = [1] };
        var jobId = await SubmitAsync(scenario);
        await WaitForStatusAsync(jobId, JobStatus.Failed);

        for (var attempt = 2; attempt <= 3; attempt++)
        {
            Assert.Equal(CommandOutcome.Applied, (await Job(jobId).Retry("teacher")).Outcome);
            await WaitUntilAsync(async () => (await Job(jobId).GetSnapshot())!.History.Count(h => h.To == JobStatus.Failed) == attempt, $"failure {attempt}");
        }

        var refused = await Job(jobId).Retry("teacher");

        Assert.Equal(CommandOutcome.Conflict, refused.Outcome);
        Assert.Equal(3, refused.Job!.Attempts);
        Assert.Equal(9, scenario.CorrectorCalls[1]);
    }

    [Fact]
    public async Task Commands_InvalidForStatus_AreRejected()
    {
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = false, FakePageCount = 1 });
        var completed = await WaitForStatusAsync(jobId, JobStatus.Completed);

        var decide = await Job(jobId).Decide(new ReviewDecision(DecisionKind.Approved, "x", "y", DateTimeOffset.UtcNow), "no-such-token-hash");

        Assert.Equal(CommandOutcome.Conflict, (await Job(jobId).Retry("teacher")).Outcome);
        Assert.Equal(CommandOutcome.Conflict, (await Job(jobId).Cancel("teacher")).Outcome);
        Assert.Equal(CommandOutcome.Gone, decide.Outcome); // no live link of this job: refused
        Assert.Equal(completed.History, (await Job(jobId).GetSnapshot())!.History);
    }

    [Fact]
    public async Task Commands_UnknownJob_NotFound()
    {
        var job = Job(NewJobId());

        Assert.Null(await job.GetSnapshot());
        Assert.Equal(CommandOutcome.NotFound, (await job.Cancel("x")).Outcome);
        Assert.Equal(CommandOutcome.NotFound, (await job.Retry("x")).Outcome);
        Assert.Equal(CommandOutcome.NotFound, (await job.Decide(new ReviewDecision(DecisionKind.Denied, "x", "y", DateTimeOffset.UtcNow), "no-such-token-hash")).Outcome);
    }
}
