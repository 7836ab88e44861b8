using System.Text.Json;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Jobs;

namespace EqualifyPdf.Workflow.Tests.Infrastructure;

/// <summary>Submitting jobs and waiting on them with bounded polling (never fixed sleeps).</summary>
public abstract class WorkflowTestBase(WorkflowClusterFixture fixture)
{
    protected static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    protected WorkflowClusterFixture Fixture { get; } = fixture;

    protected static readonly byte[] CleanPdf = TestPdfs.Build(
        ["Week 1: Introduction", "Welcome to the course on accessible documents.", "We meet on Mondays in room 204."],
        ["Readings", "Chapter 2 of the textbook covers structure and headings."]);

    protected IJobGrain Job(string jobId) => Fixture.Grains.GetGrain<IJobGrain>(jobId);

    protected static string NewJobId() => Guid.NewGuid().ToString("N");

    protected async Task<string> SubmitAsync(JobScenario? scenario = null, byte[]? pdf = null, string? jobId = null)
    {
        jobId ??= NewJobId();
        if (scenario is not null)
        {
            JobScenario.Set(jobId, scenario);
        }

        var key = JobBlobKeys.Upload(jobId);
        var bytes = pdf ?? CleanPdf;
        await Fixture.Blobs.WriteAsync(BlobContainers.Temp, key, new MemoryStream(bytes));
        var result = await Job(jobId).Submit(new SubmitJobRequest("week1.pdf", key, bytes.Length, null, null, "uploader"));
        Assert.Equal(CommandOutcome.Applied, result.Outcome);
        return jobId;
    }

    protected async Task<JobSnapshot> WaitForStatusAsync(string jobId, JobStatus status)
    {
        JobSnapshot? last = null;
        var deadline = DateTime.UtcNow + WaitLimit;
        while (DateTime.UtcNow < deadline)
        {
            last = await Job(jobId).GetSnapshot();
            if (last?.Status == status)
            {
                return last;
            }

            if (last is not null && last.Status.IsTerminal() && last.Status != JobStatus.Failed)
            {
                break;
            }

            await Task.Delay(25);
        }

        throw new Xunit.Sdk.XunitException($"Job {jobId} did not reach {status}; last: {last?.Status} {last?.Error}");
    }

    protected static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(25);
        }

        throw new Xunit.Sdk.XunitException($"Timed out waiting for {what}");
    }

    /// <summary>Reads the job's approval notification from the outbox and returns it with the token it carries.</summary>
    protected async Task<(JsonElement Notification, string Token)> ReadNotificationAsync(string jobId)
    {
        var path = Path.Combine(Fixture.Outbox, $"approval_required-{jobId}.json");
        await WaitUntilAsync(() => Task.FromResult(File.Exists(path)), "the outbox file");
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var root = doc.RootElement.Clone();
        var url = root.GetProperty("review_url").GetString()!;
        var token = url.Split('/')[^2];
        return (root, token);
    }

    protected ReviewLink Token(string token) => new(Fixture.Grains, token, Fixture.Clock);

    protected Task<bool> TempIsEmptyAsync(string jobId) =>
        Task.FromResult(!Directory.Exists(Path.Combine(Fixture.Root, "blobs", BlobContainers.Temp, jobId)));

    protected static IReadOnlyList<(JobStatus? From, JobStatus To)> Steps(JobSnapshot job) =>
        job.History.Select(h => (h.From, h.To)).ToList();
}
