using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EqualifyPdf.System.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EqualifyPdf.System.Tests;

/// <summary>
/// The production shape on one machine (<c>SILOS=3 APIS=2 ./run.sh</c> on redis-server): 100 jobs of mixed sizes
/// across both APIs, and one silo killed with -9 in the middle.
/// </summary>
public sealed class ClusterFaultTests(ITestOutputHelper output)
{
    private const int Jobs = 100;

    [Fact]
    public async Task ThreeSilos_OneKilledMidRun_AllJobsCompleteDeadSiloLeavesMembershipQuickly()
    {
        using var redis = await RedisServer.StartAsync();
        var data = Directory.CreateTempSubdirectory("equalify-cluster-").FullName;
        var journal = Path.Combine(data, "corrections.txt");
        var port = FreePort.Next();
        var siloHttp = FreePort.Next();
        var run = HostProcess.Start("bash", [Path.Combine(RepoPaths.Root, "run.sh")], new Dictionary<string, string>
        {
            ["SILOS"] = "3",
            ["APIS"] = "2",
            ["PORT"] = Text(port),
            ["SILO_HTTP_PORT"] = Text(siloHttp),
            ["SILO_PORT"] = Text(FreePort.Next()),
            ["GATEWAY_PORT"] = Text(FreePort.Next()),
            ["EQUALIFY_DATA_DIR"] = data,
            ["EQUALIFY_SKIP_BUILD"] = "1",
            ["Redis__ConnectionString"] = redis.ConnectionString,
            ["Orleans__MinimumReminderPeriod"] = "00:00:01",
            ["Workflow__KeepAlivePeriod"] = "00:00:02",
            ["Diagnostics__CorrectionJournalPath"] = journal,
        }, RepoPaths.Root, Path.Combine(data, "run.log"));
        using var first = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        using var second = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port + 10}"), Timeout = TimeSpan.FromSeconds(30) };
        using var survivor = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{siloHttp}"), Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            await HttpPolling.WaitHealthyAsync(second, TimeSpan.FromSeconds(240), run.ReadLog);
            var killedAfter = TimeSpan.Zero;
            var failover = TimeSpan.Zero;
            var killed = 0;
            var watch = Stopwatch.StartNew();
            Func<int, Task> killMidway = async done =>
            {
                if (done == 15 && Interlocked.Exchange(ref killed, 1) == 0)
                {
                    killedAfter = watch.Elapsed;
                    Process.GetProcessById(PidListeningOn(siloHttp + 10)).Kill();
                    var since = Stopwatch.StartNew();
                    while (await ActiveSilosAsync(survivor) != 2 && since.Elapsed < TimeSpan.FromSeconds(60))
                    {
                        await Task.Delay(200);
                    }

                    failover = since.Elapsed;
                }
            };

            // Mixed sizes: 1 to 24 pages, half the jobs through each API.
            var viaFirst = new LoadClient(first, TestPdfs.Clean(12), 8, TimeSpan.FromMinutes(8)) { AfterCompleted = killMidway };
            var viaSecond = new LoadClient(second, TestPdfs.Clean(24), 8, TimeSpan.FromMinutes(8)) { AfterCompleted = killMidway };
            var small = new LoadClient(second, TestPdfs.Clean(1), 4, TimeSpan.FromMinutes(8));
            await Task.WhenAll(viaFirst.RunAsync(40), viaSecond.RunAsync(40), small.RunAsync(20));

            var statuses = viaFirst.FinalStatuses.Concat(viaSecond.FinalStatuses).Concat(small.FinalStatuses).ToList();
            var corrections = File.ReadAllLines(journal).Select(l => l.Split(' ')).Where(p => p.Length == 3)
                .GroupBy(p => (p[0], p[1])).Select(g => g.Count()).ToList();
            output.WriteLine($"3 silos, 2 APIs, redis-server: silo 2 killed at {killedAfter.TotalSeconds:F0} s; {statuses.Count(s => s.Value == "completed")} of {Jobs} completed, "
                + $"{statuses.Count(s => s.Value == "failed")} failed; dead silo left the membership after {failover.TotalSeconds:F1} s; "
                + $"{corrections.Count(c => c > 1)} pages corrected twice, at most {corrections.Max()} times; {watch.Elapsed.TotalSeconds:F0} s in all");

            Assert.Equal(1, killed);
            Assert.Equal(Jobs, statuses.Count);
            Assert.All(statuses, s => Assert.Equal("completed", s.Value));
            Assert.InRange(corrections.Max(), 1, 2);
            Assert.InRange(failover, TimeSpan.Zero, TimeSpan.FromSeconds(15));
            Assert.True(await run.SignalAndWaitAsync("INT", TimeSpan.FromSeconds(60)), "run.sh did not stop on Ctrl-C");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\n{run.ReadLog()}");
        }
        finally
        {
            run.Dispose();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<int> ActiveSilosAsync(HttpClient silo)
    {
        try
        {
            using var response = await silo.GetAsync("/health");
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return body.RootElement.GetProperty("active_silos").GetInt32();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException)
        {
            return -1;
        }
    }

    /// <summary>The silo process whose HTTP port is <paramref name="port"/> (run.sh passes it as <c>Urls</c>).</summary>
    private static int PidListeningOn(int port)
    {
        var wanted = $"Urls=http://127.0.0.1:{Text(port)}";
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var environ = File.ReadAllText(Path.Combine(dir, "environ")).Split('\0');
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline"));
                if (environ.Contains(wanted) && cmdline.Contains("EqualifyPdf.Silo.dll", StringComparison.Ordinal))
                {
                    return pid;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // a process that ended while we looked
            }
        }

        throw new InvalidOperationException($"No silo process with {wanted}.");
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
