using EqualifyPdf.Contracts.Approvals;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Workflow.Naming;
using EqualifyPdf.Workflow.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EqualifyPdf.Workflow.Tests.Grains;

/// <summary>
/// Every job has one lifecycle reminder: a keep-alive while active, re-armed in place for retention once the job's
/// terminal effects are applied — so there is never a moment without a reminder, and an interrupted clean-up resumes.
/// </summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class LifecycleReminderTests(WorkflowClusterFixture fixture) : WorkflowTestBase(fixture)
{
    [Fact]
    public async Task Completed_OneReminderArmedForRetention()
    {
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = false, FakePageCount = 1 });
        await WaitForStatusAsync(jobId, JobStatus.Completed);
        // The terminal effects run right after the completed state is written; the re-arm is their last step.
        await WaitUntilAsync(async () => (await RemindersOfAsync(jobId)).Any(r => r.Period == TimeSpan.FromDays(1)), "the retention arming");

        var rows = await RemindersOfAsync(jobId);

        var row = Assert.Single(rows);
        Assert.Equal(ReminderNames.Lifecycle, row.ReminderName);
        Assert.Equal(TimeSpan.FromDays(1), row.Period); // the retention check, no longer the one-minute keep-alive
    }

    [Fact]
    public async Task TerminalEffectsInterrupted_NextKeepAliveTickAppliesThem()
    {
        var scenario = new JobScenario { FakePiiFindings = true, FakePageCount = 1 };
        var jobId = await SubmitAsync(scenario);
        var (_, token) = await ReadNotificationAsync(jobId);
        var outbox = Path.Combine(Fixture.Outbox, $"approval_required-{jobId}.json");

        // The denial is recorded, then the outbox cannot be cleaned: the effects stop half-way, as after a crash.
        scenario.FailWithdrawals = true;
        await Assert.ThrowsAnyAsync<Exception>(() => Token(token).Decide(DecisionKind.Denied, "Student records.", "dean"));
        Assert.Equal(JobStatus.Denied, (await Job(jobId).GetSnapshot())!.Status);
        Assert.True(File.Exists(outbox));
        Assert.Equal(TimeSpan.FromMinutes(1), (await RemindersOfAsync(jobId)).Single(r => r.ReminderName == ReminderNames.Lifecycle).Period);

        scenario.FailWithdrawals = false;
        await WaitUntilAsync(async () =>
        {
            Fixture.Clock.Advance(TimeSpan.FromMinutes(1));
            return !File.Exists(outbox)
                && (await RemindersOfAsync(jobId)).Single(r => r.ReminderName == ReminderNames.Lifecycle).Period == TimeSpan.FromDays(1);
        }, "the keep-alive tick finishing the clean-up");
    }

    private async Task<List<ReminderEntry>> RemindersOfAsync(string jobId)
    {
        var table = Fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>();
        return (await table.ReadRows(Job(jobId).GetGrainId())).Reminders.ToList();
    }
}
