using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EqualifyPdf.System.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EqualifyPdf.System.Tests;

/// <summary>
/// The production shape on one machine (<c>SILOS=3 APIS=2 ./run.sh</c> on redis-server and s3rver): 100 jobs of mixed
/// sizes across both APIs through a bad day — one silo killed with -9, Redis restarted, S3 gone for 30 s, and another
/// silo stopped with SIGTERM — each fault in turn while jobs run. One run for all four keeps the suite short.
/// </summary>
public sealed class ClusterFaultTests(ITestOutputHelper output)
{
    private const int Jobs = 100;

    [Fact]
    public async Task ThreeSilos_KillRedisRestartS3OutageAndSigterm_AllJobsComplete()
    {
        using var redis = await RedisServer.StartAsync();
        var data = Directory.CreateTempSubdirectory("equalify-cluster-").FullName;
        await using var s3 = new S3rverProcess(Path.Combine(data, "s3"), ["equalify-temp", "equalify-results"]);
        await s3.StartAsync();
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
            ["BlobStorage__Provider"] = "s3",
            ["BlobStorage__S3__TempBucket"] = "equalify-temp",
            ["BlobStorage__S3__ResultsBucket"] = "equalify-results",
            ["BlobStorage__S3__Region"] = "us-east-1",
            ["BlobStorage__S3__ServiceUrl"] = s3.ServiceUrl,
            ["BlobStorage__S3__ForcePathStyle"] = "true",
            // A store that is back is used again after 5 s instead of the production minute.
            ["BlobStorage__S3__Resilience__BreakDuration"] = "00:00:05",
            ["AWS_ACCESS_KEY_ID"] = S3rverProcess.Account,
            ["AWS_SECRET_ACCESS_KEY"] = S3rverProcess.Account,
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["Orleans__MinimumReminderPeriod"] = "00:00:01",
            ["Workflow__KeepAlivePeriod"] = "00:00:02",
            ["Diagnostics__CorrectionJournalPath"] = journal,
        }, RepoPaths.Root, Path.Combine(data, "run.log"));
        using var first = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        using var second = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port + 10}"), Timeout = TimeSpan.FromSeconds(30) };
        using var survivor = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{siloHttp}"), Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            await HttpPolling.WaitHealthyAsync(second, TimeSpan.FromSeconds(240), run);
            var completed = 0;
            Func<int, Task> count = _ =>
            {
                Interlocked.Increment(ref completed);
                return Task.CompletedTask;
            };

            // Mixed sizes: 1 to 24 pages, half the jobs through each API.
            var watch = Stopwatch.StartNew();
            var viaFirst = new LoadClient(first, TestPdfs.Clean(12), 8, TimeSpan.FromMinutes(10)) { AfterCompleted = count };
            var viaSecond = new LoadClient(second, TestPdfs.Clean(24), 8, TimeSpan.FromMinutes(10)) { AfterCompleted = count };
            var small = new LoadClient(second, TestPdfs.Clean(1), 4, TimeSpan.FromMinutes(10)) { AfterCompleted = count };
            var load = Task.WhenAll(viaFirst.RunAsync(40), viaSecond.RunAsync(40), small.RunAsync(20));

            var faults = new List<string>();
            async Task AfterAsync(int done) // each fault once this many jobs have completed (or the load has ended)
            {
                while (Volatile.Read(ref completed) < done && !load.IsCompleted)
                {
                    await Task.Delay(100);
                }
            }

            await AfterAsync(15);
            Process.GetProcessById(PidListeningOn(siloHttp + 10)).Kill();
            var failover = await TimeUntilAsync(async () => await ActiveSilosAsync(survivor) == 2, TimeSpan.FromSeconds(60));
            faults.Add($"silo 2 killed (-9) at {watch.Elapsed.TotalSeconds:F0} s, out of the membership after {failover.TotalSeconds:F1} s");

            await AfterAsync(35);
            var down = Stopwatch.StartNew();
            await redis.RestartAsync(TimeSpan.FromSeconds(2));
            faults.Add($"redis-server restarted at {watch.Elapsed.TotalSeconds:F0} s (down {down.Elapsed.TotalSeconds:F1} s)");

            await AfterAsync(50);
            await s3.StopAsync();
            faults.Add($"s3rver stopped for 30 s at {watch.Elapsed.TotalSeconds:F0} s");
            await Task.Delay(TimeSpan.FromSeconds(30));
            await s3.StartAsync();

            await AfterAsync(70);
            var silo3 = Process.GetProcessById(PidListeningOn(siloHttp + 20));
            var drain = Stopwatch.StartNew();
            using (var term = Process.Start("bash", ["-c", $"kill -TERM {Text(silo3.Id)}"])!)
            {
                await term.WaitForExitAsync();
            }

            var drained = silo3.WaitForExit(TimeSpan.FromSeconds(60));
            faults.Add($"silo 3 stopped (SIGTERM) at {watch.Elapsed.TotalSeconds:F0} s, exited after {drain.Elapsed.TotalSeconds:F1} s");

            await load;
            var statuses = viaFirst.FinalStatuses.Concat(viaSecond.FinalStatuses).Concat(small.FinalStatuses).ToList();
            var errors = viaFirst.Errors.Concat(viaSecond.Errors).Concat(small.Errors).Select(e => e.Value).Distinct().ToList();
            var corrections = File.ReadAllLines(journal).Select(l => l.Split(' ')).Where(p => p.Length == 3)
                .GroupBy(p => (p[0], p[1])).Select(g => g.Count()).ToList();
            output.WriteLine(string.Join("; ", faults));
            await WriteOperatorViewAsync(first, survivor);
            output.WriteLine($"3 silos, 2 APIs, redis-server, s3rver: {statuses.Count(s => s.Value == "completed")} of {Jobs} completed, "
                + $"{statuses.Count(s => s.Value == "failed")} failed {string.Join(" | ", errors)}; "
                + $"{corrections.Count(c => c > 1)} pages corrected more than once, at most {corrections.Max()} times; {watch.Elapsed.TotalSeconds:F0} s in all");

            Assert.Equal(Jobs, statuses.Count);
            Assert.All(statuses, s => Assert.Equal("completed", s.Value));
            Assert.InRange(corrections.Max(), 1, 2);
            Assert.InRange(failover, TimeSpan.Zero, TimeSpan.FromSeconds(15));
            Assert.True(drained && drain.Elapsed <= TimeSpan.FromSeconds(30), $"silo 3 took {drain.Elapsed.TotalSeconds:F1} s to stop");
            Assert.True(await run.SignalAndWaitAsync("INT", TimeSpan.FromSeconds(60)), "run.sh did not stop on Ctrl-C");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var log = run.ReadLog();
            // The errors of the run, last in the test's output, where a shortened CI log still shows them.
            foreach (var line in log.Split('\n').Where(l => l.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal)).Take(20))
            {
                output.WriteLine(line.Length > 1500 ? line[..1500] : line);
            }

            throw new Xunit.Sdk.XunitException($"{ex.Message}\n{log}");
        }
        finally
        {
            run.Dispose();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>What an operator sees after the run: the job index's counts (through an API) and the product's meters
    /// on the surviving first silo (its internal port), histogram buckets left out.</summary>
    private async Task WriteOperatorViewAsync(HttpClient api, HttpClient silo)
    {
        output.WriteLine($"GET /api/v1/jobs/stats: {await api.GetStringAsync("/api/v1/jobs/stats")}");
        output.WriteLine($"GET /api/v1/jobs?status=failed: {await api.GetStringAsync("/api/v1/jobs?status=failed&limit=5")}");
        var meters = (await silo.GetStringAsync("/metrics")).Split('\n')
            .Where(l => l.StartsWith("equalifypdf_", StringComparison.Ordinal) && !l.Contains("_bucket{", StringComparison.Ordinal));
        output.WriteLine("silo 1 /metrics, equalifypdf_*:\n" + string.Join('\n', meters));
    }

    private static async Task<TimeSpan> TimeUntilAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var since = Stopwatch.StartNew();
        while (!await condition() && since.Elapsed < limit)
        {
            await Task.Delay(200);
        }

        return since.Elapsed;
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
