extern alias silo;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualifyPdf.ClientApi.Tests.Infrastructure;
using EqualifyPdf.Contracts.Progress;
using EqualifyPdf.Hosting.Progress;
using Microsoft.Extensions.DependencyInjection;
using silo::EqualifyPdf.Silo.Progress;
using StackExchange.Redis;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>The operator routes over the Redis job index: paging, filters, stats, pending approvals and the rebuild.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OperatorQueryTests(ClusterFixture cluster)
{
    private readonly HttpClient _client = cluster.Api.CreateClient();

    [Fact]
    public async Task ListJobs_Since_PagesNewestFirstWithCursor()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await _client.SubmitAsync(TestPdfs.Clean()));
            await Task.Delay(20); // distinct creation times
        }

        var first = await GetAsync($"/api/v1/jobs?since={Uri.EscapeDataString(since.ToString("O"))}&limit=2");
        var second = await GetAsync($"/api/v1/jobs?since={Uri.EscapeDataString(since.ToString("O"))}&limit=2&cursor={first.GetProperty("next_cursor").GetString()}");

        var items = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).ToList();
        var listed = items.Select(i => i.GetProperty("job_id").GetString()!).ToList();
        Assert.Equal(listed.Distinct().Count(), listed.Count);
        Assert.Subset(listed.ToHashSet(), ids.ToHashSet());
        var created = items.Select(i => i.GetProperty("created_at").GetDateTimeOffset()).ToList();
        Assert.Equal(created.OrderDescending(), created);
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        var entry = items.First(i => i.GetProperty("job_id").GetString() == ids[0]);
        foreach (var field in new[] { "status", "stage", "filename", "submitted_by", "updated_at", "error_category", "approval_expires_at" })
        {
            Assert.True(entry.TryGetProperty(field, out _), $"missing '{field}' in {entry}");
        }
    }

    [Fact]
    public async Task ListJobs_FailedWithCategory_ListsRecentErrors()
    {
        // Starts like a PDF (so the upload is accepted) but is none: the job fails.
        var jobId = await _client.SubmitAsync("%PDF-1.7\nnot a PDF body at all\n"u8.ToArray());
        var job = await WaitForAsync(jobId, "failed");
        var category = job.GetProperty("error").GetProperty("category").GetString()!;
        var other = category == "temporary" ? "user_fixable" : "temporary";
        // The index is written right after the state: a status read may see the new state a moment earlier.
        await WaitUntilAsync(async () => (await IdsAsync($"/api/v1/jobs?status=failed&category={category}")).Contains(jobId));

        var matching = await IdsAsync($"/api/v1/jobs?status=failed&category={category}");
        var notMatching = await IdsAsync($"/api/v1/jobs?status=failed&category={other}");
        var completed = await IdsAsync("/api/v1/jobs?status=completed&limit=200");

        Assert.Contains(jobId, matching);
        Assert.DoesNotContain(jobId, notMatching);
        Assert.DoesNotContain(jobId, completed);
    }

    [Fact]
    public async Task ListJobs_BadFilters_Return400ListingEach()
    {
        using var response = await _client.GetAsync("/api/v1/jobs?status=sleeping&category=whatever&limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadProblemAsync()).GetProperty("errors");
        Assert.Equal(["category", "limit", "status"], errors.EnumerateObject().Select(p => p.Name).Order().ToArray());
    }

    [Fact]
    public async Task PendingApprovalsAndStats_JobAwaitingApproval_AreListedUntilDecided()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.WithPii());
        await _client.WaitForStatusAsync(jobId, "awaiting_approval");
        await Outbox.WaitForReviewUrlAsync(cluster.OutboxFolder, jobId);

        var pending = (await GetAsync("/api/v1/approvals/pending")).GetProperty("items").EnumerateArray().ToList();
        var entry = Assert.Single(pending, p => p.GetProperty("job_id").GetString() == jobId);
        Assert.Equal("awaiting_approval", entry.GetProperty("status").GetString());
        Assert.True(entry.GetProperty("approval_expires_at").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        var stats = await GetAsync("/api/v1/jobs/stats");
        Assert.True(stats.GetProperty("counts").GetProperty("awaiting_approval").GetInt64() >= 1);
        Assert.Equal(8, stats.GetProperty("counts").EnumerateObject().Count());
        Assert.NotEqual(JsonValueKind.Null, stats.GetProperty("oldest_pending_approval").ValueKind);
        Assert.True(stats.GetProperty("queue_depth").GetInt32() >= 0);

        using var deny = await _client.PostAsJsonAsync($"/api/v1/documents/{jobId}/pii/deny",
            new { reviewed_by = "Dr. Lee", justification = "Student grades must not be published." });
        Assert.Equal(HttpStatusCode.OK, deny.StatusCode);
        await WaitUntilAsync(async () => !(await IdsAsync("/api/v1/approvals/pending")).Contains(jobId));
        Assert.Contains(jobId, await IdsAsync("/api/v1/jobs?status=denied"));
    }

    [Fact]
    public async Task Rebuild_IndexLost_IsRebuiltFromJobStates()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.Clean());
        await _client.WaitForStatusAsync(jobId, "completed");
        await WaitUntilAsync(async () => (await IdsAsync("/api/v1/jobs?status=completed&limit=200")).Contains(jobId));
        var keys = cluster.SiloServices.GetRequiredService<JobRedisKeys>();
        var db = cluster.SiloServices.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
        await db.KeyDeleteAsync([keys.IndexReady, keys.AllJobs, keys.Entry(jobId), .. JobRedisKeys.Statuses.Select(keys.ByStatus)]);
        Assert.DoesNotContain(jobId, await IdsAsync("/api/v1/jobs?limit=200"));

        await cluster.SiloServices.GetRequiredService<JobIndexRebuilder>().RunAsync(CancellationToken.None);

        Assert.Contains(jobId, await IdsAsync("/api/v1/jobs?status=completed&limit=200"));
        Assert.True(await db.KeyExistsAsync(keys.IndexReady));
    }

    [Fact]
    public async Task Remove_PurgedJob_LeavesNeitherEventsNorIndexEntry()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.Clean());
        await _client.WaitForStatusAsync(jobId, "completed");
        await WaitUntilAsync(async () => (await IdsAsync("/api/v1/jobs?status=completed&limit=200")).Contains(jobId));
        var store = cluster.SiloServices.GetRequiredService<IJobProgressStore>();

        await store.RemoveAsync(jobId);

        Assert.DoesNotContain(jobId, await IdsAsync("/api/v1/jobs?limit=200"));
        Assert.DoesNotContain(jobId, await IdsAsync("/api/v1/jobs?status=completed&limit=200"));
        Assert.Empty(await store.ReadAfterAsync(jobId, 0));
    }

    private async Task<JsonElement> GetAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<List<string>> IdsAsync(string url) =>
        [.. (await GetAsync(url)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("job_id").GetString()!)];

    private async Task<JsonElement> WaitForAsync(string jobId, string status)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var job = await _client.GetJobAsync(jobId);
            if (job.GetProperty("status").GetString() == status || DateTime.UtcNow > deadline)
            {
                Assert.Equal(status, job.GetProperty("status").GetString());
                return job;
            }

            await Task.Delay(100);
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met in time");
            await Task.Delay(100);
        }
    }
}
