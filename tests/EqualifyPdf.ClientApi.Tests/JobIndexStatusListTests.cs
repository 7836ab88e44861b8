using EqualifyPdf.ClientApi.Tests.Infrastructure;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Contracts.Progress;
using EqualifyPdf.Hosting.Progress;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>
/// The per-status lists of the Redis job index on the embedded Garnet: a transition moves the job out of the one
/// list its grain last wrote (not out of every list), so these check that a job still ends up in exactly one.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class JobIndexStatusListTests(ClusterFixture cluster)
{
    private readonly HttpClient _client = cluster.Api.CreateClient();
    private readonly JobRedisKeys _keys = cluster.SiloServices.GetRequiredService<JobRedisKeys>();
    private readonly IDatabase _db = cluster.SiloServices.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
    private readonly IJobProgressStore _store = cluster.SiloServices.GetRequiredService<IJobProgressStore>();

    [Fact]
    public async Task Transitions_CompletedJob_LeaveItInTheCompletedListOnly()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.Clean(pages: 2));
        await _client.WaitForStatusAsync(jobId, "completed");

        // The index is written right after the state: give the last append a moment.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while ((await ListsHoldingAsync(jobId)) is var lists && !lists.SequenceEqual([JobStatus.Completed]))
        {
            Assert.True(DateTime.UtcNow < deadline, $"job {jobId} is in the lists of {string.Join(", ", lists)}");
            await Task.Delay(100);
        }

        Assert.NotNull(await _db.SortedSetScoreAsync(_keys.AllJobs, jobId));
    }

    [Fact]
    public async Task AppendAsync_KnownPreviousStatus_LeavesOnlyThatList()
    {
        var jobId = "index-" + Guid.NewGuid().ToString("N");
        await _db.SortedSetAddAsync(_keys.ByStatus(JobStatus.Submitted), jobId, 1);
        await _db.SortedSetAddAsync(_keys.ByStatus(JobStatus.Processing), jobId, 1);

        await _store.AppendAsync(jobId, [], Record(jobId, JobStatus.Completed), indexedAs: JobStatus.Processing);

        // One ZREM, for the list the caller named: a stale entry elsewhere is only cleared by an unknown-status write.
        Assert.Equal([JobStatus.Submitted, JobStatus.Completed], await ListsHoldingAsync(jobId));
    }

    [Fact]
    public async Task AppendAsync_UnknownPreviousStatus_ClearsEveryOtherList()
    {
        var jobId = "index-" + Guid.NewGuid().ToString("N");
        await _db.SortedSetAddAsync(_keys.ByStatus(JobStatus.Submitted), jobId, 1);
        await _db.SortedSetAddAsync(_keys.ByStatus(JobStatus.Processing), jobId, 1);

        await _store.AppendAsync(jobId, [], Record(jobId, JobStatus.Failed), indexedAs: null);

        Assert.Equal([JobStatus.Failed], await ListsHoldingAsync(jobId));
        Assert.Contains("\"status\":\"failed\"", (string?)await _db.StringGetAsync(_keys.Entry(jobId)), StringComparison.Ordinal);
    }

    private async Task<List<JobStatus>> ListsHoldingAsync(string jobId)
    {
        var lists = new List<JobStatus>();
        foreach (var status in JobRedisKeys.Statuses)
        {
            if (await _db.SortedSetScoreAsync(_keys.ByStatus(status), jobId) is not null)
            {
                lists.Add(status);
            }
        }

        return lists;
    }

    private static JobIndexRecord Record(string jobId, JobStatus status) =>
        new(jobId, status, "done", "index.pdf", "tests", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null, null);
}
