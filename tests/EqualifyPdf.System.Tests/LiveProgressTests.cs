using System.Text.Json;
using EqualifyPdf.System.Tests.Infrastructure;

namespace EqualifyPdf.System.Tests;

/// <summary>Live progress and the operator index with two silo processes on one Redis and a silo restart.</summary>
public sealed class LiveProgressTests
{
    private const int MaxJobs = 10;

    [Fact]
    public async Task TwoSilos_EventsInOrderForJobsOnEitherSilo_IndexRightAfterARestart()
    {
        using var cluster = new LocalCluster();
        try
        {
            await cluster.StartAsync();
            await cluster.StartSecondSiloAsync();
            await WaitForSilosAsync(cluster, 2);

            // Jobs until one ran on the second silo (its log names the jobs it drove), which does not host the Redis the
            // API reads the event log from; placement decides, so each job is followed live wherever it runs.
            var jobs = new List<string>();
            while (jobs.Count < 3 || (!jobs.Any(RanOnSecondSilo) && jobs.Count < MaxJobs))
            {
                var jobId = await HttpPolling.SubmitAsync(cluster.Api, TestPdfs.Clean(2));
                jobs.Add(jobId);
                var events = await SseEvents.ReadToEndAsync(new Uri(cluster.ApiUrl, $"/api/v1/documents/{jobId}/events"), TimeSpan.FromSeconds(90));
                AssertInOrder(jobId, events);
            }

            Assert.True(jobs.Any(RanOnSecondSilo), $"none of {jobs.Count} jobs ran on the second silo");
            Assert.Subset((await CompletedInIndexAsync(cluster)).ToHashSet(), jobs.ToHashSet());

            cluster.KillSilo();
            await cluster.StartSiloAsync();
            Assert.Subset((await CompletedInIndexAsync(cluster)).ToHashSet(), jobs.ToHashSet());
            var ended = await SseEvents.ReadToEndAsync(new Uri(cluster.ApiUrl, $"/api/v1/documents/{jobs[0]}/events"), TimeSpan.FromSeconds(30));
            Assert.Equal("done", ended[^1].Type);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\n{cluster.Logs()}");
        }

        bool RanOnSecondSilo(string jobId) =>
            File.Exists(Path.Combine(cluster.Root, "silo-second.log"))
            && ReadShared(Path.Combine(cluster.Root, "silo-second.log")).Contains($"Job {jobId}: PiiScanning -", StringComparison.Ordinal); // JSON logs write the '>' as \u003E
    }

    private static void AssertInOrder(string jobId, List<SseEvent> events)
    {
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Id));
        Assert.Equal("done", events[^1].Type);
        Assert.Equal("completed", events[^1].Data.GetProperty("status").GetString());
        Assert.Equal(["submitted", "pii_scanning", "processing", "completed"],
            events.Where(e => e.Type == "status").Select(e => e.Data.GetProperty("status").GetString()).Distinct());
        Assert.Equal([1, 2], events.Where(e => e.Type == "page").Select(e => e.Data.GetProperty("page").GetInt32()));
        Assert.All(events, e => Assert.Equal(jobId, e.Data.GetProperty("job_id").GetString()));
    }

    private static async Task<List<string>> CompletedInIndexAsync(LocalCluster cluster)
    {
        // Right after a restart the API may need a moment to reach the cluster again; the index itself is in Redis.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                using var response = await cluster.Api.GetAsync("/api/v1/jobs?status=completed&limit=200");
                if (response.IsSuccessStatusCode)
                {
                    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    return [.. body.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("job_id").GetString()!)];
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
                // the API's Redis connection heals once the restarted silo's Garnet listens again
            }

            Assert.True(DateTime.UtcNow < deadline, "the job index did not answer after the restart");
            await Task.Delay(200);
        }
    }

    private static async Task WaitForSilosAsync(LocalCluster cluster, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var silos = 0;
        while (silos < count && DateTime.UtcNow < deadline)
        {
            using var health = await cluster.Api.GetAsync("/health");
            using var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
            silos = body.RootElement.GetProperty("active_silos").GetInt32();
            await Task.Delay(silos < count ? 200 : 0);
        }

        Assert.Equal(count, silos);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
