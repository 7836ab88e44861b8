using System.Diagnostics;
using System.Net;
using EqualifyPdf.System.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EqualifyPdf.System.Tests;

/// <summary>
/// The burst a university sends the week before term, on the embedded default: 100 uploads of a 35-page reader,
/// 16 in flight, while other processes compete for both cores, and again with a kill -9 of the silo mid-way.
/// </summary>
public sealed class LoadAndFaultTests(ITestOutputHelper output)
{
    private const int Jobs = 100;
    private const int InFlight = 16;
    private const int Pages = 35;
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task HundredUploads_WhileFourBusyLoopsCompete_AllAcceptedAllComplete()
    {
        using var cluster = new LocalCluster();
        try
        {
            await cluster.StartAsync();
            var client = new LoadClient(cluster.Api, TestPdfs.Clean(Pages), InFlight, JobTimeout);
            var watch = Stopwatch.StartNew();
            using (BusyLoops.Start(4))
            {
                await client.RunAsync(Jobs);
            }

            output.WriteLine(
                $"busy loops: {client.FirstAnswers.Count(c => c == HttpStatusCode.Accepted)} x 202 of {Jobs}, "
                + $"{client.FinalStatuses.Count(s => s.Value == "completed")} completed, {client.FinalStatuses.Count(s => s.Value == "failed")} failed, "
                + $"{watch.Elapsed.TotalSeconds:F0} s, peak RSS silo+api {cluster.PeakRssMb():F0} MB");

            Assert.Equal(Enumerable.Repeat(HttpStatusCode.Accepted, Jobs), client.FirstAnswers);
            Assert.Equal(Jobs, client.FinalStatuses.Count);
            Assert.All(client.FinalStatuses, s => Assert.Equal("completed", s.Value));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\n{cluster.Logs()}");
        }
    }

    [Fact]
    public async Task HundredUploads_SiloKilledMidway_AllCompleteAndOnlyPagesInFlightRedone()
    {
        var journal = Path.Combine(Path.GetTempPath(), $"equalify-load-journal-{Guid.NewGuid():N}.txt");
        using var cluster = new LocalCluster(new Dictionary<string, string> { ["Diagnostics__CorrectionJournalPath"] = journal });
        try
        {
            await cluster.StartAsync();
            var killed = 0;
            var client = new LoadClient(cluster.Api, TestPdfs.Clean(Pages), InFlight, JobTimeout)
            {
                AfterCompleted = async done =>
                {
                    if (done == Jobs / 3 && Interlocked.Exchange(ref killed, 1) == 0)
                    {
                        cluster.KillSilo();
                        await cluster.StartSiloAsync();
                    }
                },
            };

            var watch = Stopwatch.StartNew();
            await client.RunAsync(Jobs);
            watch.Stop();

            Assert.Equal(1, killed);
            Assert.Equal(Jobs, client.FinalStatuses.Count);
            Assert.All(client.FinalStatuses, s => Assert.Equal("completed", s.Value));

            // Each job's pages were all corrected, and only pages in flight at the kill were corrected twice.
            var corrections = File.ReadAllLines(journal).Select(l => l.Split(' ')).Where(p => p.Length == 3).Select(p => (Job: p[0], Page: p[1])).ToList();
            var redone = corrections.Count - corrections.Distinct().Count();
            output.WriteLine(
                $"kill -9 after {Jobs / 3} jobs: {client.FinalStatuses.Count(s => s.Value == "completed")} completed, "
                + $"{client.FinalStatuses.Count(s => s.Value == "failed")} failed, {redone} of {Jobs * Pages} pages corrected twice, {watch.Elapsed.TotalSeconds:F0} s");
            Assert.Equal(Jobs * Pages, corrections.Distinct().Count());
            Assert.InRange(redone, 0, InFlight * 5); // 5 = Workflow:PageConcurrency
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\n{cluster.Logs()}");
        }
        finally
        {
            File.Delete(journal);
        }
    }

    [Fact]
    public async Task RedisServerPausedTenSecondsMidRun_NoJobFails()
    {
        Assert.True(RedisServer.IsInstalled, $"{RedisServer.Executable} is missing: ./test.sh installs redis-server.");
        using var redis = await RedisServer.StartAsync();
        using var cluster = new LocalCluster(redisConnectionString: redis.ConnectionString);
        try
        {
            await cluster.StartAsync();
            var paused = 0;
            var client = new LoadClient(cluster.Api, TestPdfs.Clean(8), InFlight, JobTimeout)
            {
                AfterCompleted = async done =>
                {
                    if (done == 10 && Interlocked.Exchange(ref paused, 1) == 0)
                    {
                        await redis.PauseAsync();
                        await Task.Delay(TimeSpan.FromSeconds(10));
                        await redis.ResumeAsync();
                    }
                },
            };

            await client.RunAsync(40);

            Assert.Equal(1, paused);
            output.WriteLine($"redis-server paused 10 s: {client.FinalStatuses.Count(s => s.Value == "completed")} of 40 completed, "
                + $"{client.FinalStatuses.Count(s => s.Value == "failed")} failed, first answers: "
                + string.Join(", ", client.FirstAnswers.GroupBy(c => c).Select(g => $"{(int)g.Key} x {g.Count()}"))
                + string.Concat(client.Errors.Values.Select(e => "\n  failed: " + e)));
            Assert.Equal(40, client.FinalStatuses.Count);
            Assert.All(client.FinalStatuses, s => Assert.Equal("completed", s.Value));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\n{cluster.Logs()}");
        }
    }
}
