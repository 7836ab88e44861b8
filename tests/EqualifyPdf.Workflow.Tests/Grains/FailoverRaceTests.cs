using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Workflow.Tests.Infrastructure;

namespace EqualifyPdf.Workflow.Tests.Grains;

/// <summary>
/// During a failover two activations of one job can run at once for a moment; storage's etag lets only one write
/// win. The loser's status reads must never show what it failed to store.
/// </summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class FailoverRaceTests(WorkflowClusterFixture fixture) : WorkflowTestBase(fixture)
{
    [Fact]
    public async Task FailureLosingToACompletionByAnotherActivation_StatusNeverShowsFailed()
    {
        var rival = new Gate();
        var scenario = new JobScenario { FakePiiFindings = false, FakePageCount = 2, FailingPages = [2], RivalCompletesBeforeFailure = rival };
        var jobId = await SubmitAsync(scenario);

        await rival.Reached.WaitAsync(WaitLimit);
        var duringTheWrite = (await Job(jobId).GetSnapshot())!;
        rival.Open();
        var job = await WaitForStatusAsync(jobId, JobStatus.Completed);

        Assert.Equal(JobStatus.Processing, duringTheWrite.Status);
        Assert.Null(duringTheWrite.Error);
        Assert.Null(job.Error);
        Assert.DoesNotContain(job.History, h => h.To == JobStatus.Failed);
    }
}
