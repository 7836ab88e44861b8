// EqualifyPdf.Workflow.Bench: measures end-to-end jobs per second and job state transitions per second on one silo,
// on the embedded default (Garnet), memory storage and (when installed) redis-server, with Redis commands per job.
// Usage: dotnet bench/.../EqualifyPdf.Workflow.Bench.dll [jobs=200] [in-flight=16] [quick] [only=<part of a run's name>]

using System.Diagnostics;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow;
using EqualifyPdf.Workflow.Bench;
using EqualifyPdf.Workflow.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

var jobs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
var inFlight = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 16;
var pdf = OnePagePdf();
var garnetPort = BenchSilo.FreePort();
using var redisServer = RedisServerProcess.TryStart(Path.Combine(Path.GetTempPath(), "eqpdf-bench-redis-" + Guid.NewGuid().ToString("N")));
// Each real store with live progress (event log and index; the stream for watched jobs) on and off in the same run:
// the difference is what live progress costs. Nobody follows the jobs of the main rows, as nobody follows most jobs of
// a batch upload; on Garnet a row with every job watched (published on its stream too) shows the stream's share.
// Pass "quick" as the third argument to skip those extra rows.
var withOff = !args.Skip(2).Contains("quick");
var only = args.Skip(2).FirstOrDefault(a => a.StartsWith("only=", StringComparison.Ordinal))?["only=".Length..];
var runs = new List<(string Name, Func<string, IHost> MakeHost, int? RedisPort, bool Watch)>
{
    ("embedded Garnet (AOF, commit-wait)", root => BenchSilo.EmbeddedGarnet(root, garnetPort), null, false),
};
if (withOff)
{
    runs.Add(("embedded Garnet, every job watched", root => BenchSilo.EmbeddedGarnet(root, BenchSilo.FreePort()), null, true));
    runs.Add(("embedded Garnet, live progress off", root => BenchSilo.EmbeddedGarnet(root, BenchSilo.FreePort(), LiveProgress.Off), null, false));
}

runs.Add(("memory storage", BenchSilo.InMemory, null, false));
if (redisServer is not null)
{
    runs.Add(("redis-server (appendfsync always)", root => BenchSilo.ExternalRedis(root, redisServer.Port), redisServer.Port, false));
    if (withOff)
    {
        runs.Add(("redis-server, live progress off", root => BenchSilo.ExternalRedis(root, redisServer.Port, LiveProgress.Off), redisServer.Port, false));
    }
}

foreach (var (storage, makeHost, redisPort, watch) in runs.Where(r => only is null || r.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
{
    var root = Path.Combine(Path.GetTempPath(), "eqpdf-bench-" + Guid.NewGuid().ToString("N"));
    using var host = makeHost(root);
    await using var commands = redisPort is { } port ? new RedisCommandCounter(port) : null;
    await host.StartAsync();
    var grains = host.Services.GetRequiredService<IGrainFactory>();
    var blobs = host.Services.GetRequiredService<IBlobStore>();

    // Warm-up: first activations, PdfPig font tables, and rounds of both workloads until tiered compilation in this
    // process has caught up (a round spent under 2 % of its time JIT-compiling): after 60 jobs the silo still spent a
    // third of its CPU re-compiling, which no silo that has run for a while pays. The figures describe that silo.
    var warmUpRounds = await WarmUpAsync(grains, blobs, inFlight, watch);
    Console.WriteLine($"{storage}: warmed up with {warmUpRounds} rounds of 60 jobs and 300 submit+cancel");
    var e2eBefore = commands is null ? [] : await commands.ReadByCommandAsync();
    var cpu = CpuMeter.Start(host.Services);
    var (elapsed, transitions) = await RunJobsAsync(grains, blobs, jobs, inFlight, watch);
    Console.WriteLine($"{storage}: end-to-end {jobs} one-page jobs, {inFlight} in flight: {elapsed.TotalSeconds:F2} s, {jobs / elapsed.TotalSeconds:F1} jobs/s, {transitions / elapsed.TotalSeconds:F0} transitions/s");
    Console.WriteLine("  " + cpu.PerJob(jobs));
    await PrintCommandsPerJobAsync(e2eBefore, jobs);

    var cancelBefore = commands is null ? [] : await commands.ReadByCommandAsync();
    var cancelCpu = CpuMeter.Start(host.Services);
    var (cancelElapsed, cancelTransitions) = await RunSubmitCancelAsync(grains, jobs * 5, 64, watch);
    Console.WriteLine($"{storage}: state machine {jobs * 5} submit+cancel: {cancelTransitions} transitions in {cancelElapsed.TotalSeconds:F2} s, {cancelTransitions / cancelElapsed.TotalSeconds:F0} transitions/s");
    Console.WriteLine("  " + cancelCpu.PerJob(jobs * 5));
    await PrintCommandsPerJobAsync(cancelBefore, jobs * 5);

    await host.StopAsync();
    Directory.Delete(root, recursive: true);

    // Round trips are what a write-acknowledging store charges for; the count is exact where the server reports it.
    async Task PrintCommandsPerJobAsync(Dictionary<string, long> before, int count)
    {
        if (commands is null)
        {
            return;
        }

        var perJob = (await commands.ReadByCommandAsync())
            .Select(c => (c.Key, PerJob: (c.Value - before.GetValueOrDefault(c.Key)) / (double)count))
            .Where(c => c.PerJob >= 0.05).OrderByDescending(c => c.PerJob).ToList();
        Console.WriteLine($"  {perJob.Sum(c => c.PerJob):F1} Redis commands per job: " + string.Join(", ", perJob.Select(c => $"{c.Key} {c.PerJob:F1}")));
    }
}

async Task<int> WarmUpAsync(IGrainFactory grains, IBlobStore blobs, int window, bool watch)
{
    // At least four rounds: the document workers are new processes in every row, and their JIT is not counted here.
    const int minRounds = 4, maxRounds = 15;
    for (var round = 1; ; round++)
    {
        var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        var clock = Stopwatch.StartNew();
        await RunJobsAsync(grains, blobs, 60, window, watch);
        await RunSubmitCancelAsync(grains, 300, 64, watch);
        var elapsed = clock.Elapsed;
        var jit = System.Runtime.JitInfo.GetCompilationTime() - jitBefore;
        if (round >= minRounds && jit < elapsed * 0.02 || round == maxRounds)
        {
            return round;
        }
    }
}

async Task<(TimeSpan Elapsed, int Transitions)> RunJobsAsync(IGrainFactory grains, IBlobStore blobs, int count, int window, bool watch)
{
    var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid().ToString("N")).ToList();
    var clock = Stopwatch.StartNew();
    var transitions = 0;
    await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = window }, async (id, ct) =>
    {
        var key = JobBlobKeys.Upload(id);
        await blobs.WriteAsync(BlobContainers.Temp, key, new MemoryStream(pdf), ct);
        var job = grains.GetGrain<IJobGrain>(id);
        await job.Submit(new SubmitJobRequest("bench.pdf", key, pdf.Length, null, null, "bench"));
        if (watch)
        {
            await job.Watch();
        }

        while (true)
        {
            var snapshot = await job.GetSnapshot();
            if (snapshot!.Status.IsTerminal())
            {
                if (snapshot.Status != JobStatus.Completed)
                {
                    throw new InvalidOperationException($"job {id} ended {snapshot.Status}: {snapshot.Error}");
                }

                Interlocked.Add(ref transitions, snapshot.History.Count);
                return;
            }

            await Task.Delay(5, ct);
        }
    });
    return (clock.Elapsed, transitions);
}

async Task<(TimeSpan Elapsed, int Transitions)> RunSubmitCancelAsync(IGrainFactory grains, int count, int window, bool watch)
{
    var clock = Stopwatch.StartNew();
    var transitions = 0;
    await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = window }, async (_, ct) =>
    {
        var id = Guid.NewGuid().ToString("N");
        var job = grains.GetGrain<IJobGrain>(id);
        await job.Submit(new SubmitJobRequest("bench.pdf", JobBlobKeys.Upload(id), 0, null, null, "bench"));
        if (watch)
        {
            await job.Watch();
        }

        var cancelled = await job.Cancel("bench");
        Interlocked.Add(ref transitions, cancelled.Job!.History.Count);
    });
    return (clock.Elapsed, transitions);
}

static byte[] OnePagePdf()
{
    var builder = new PdfDocumentBuilder();
    var font = builder.AddStandard14Font(Standard14Font.Helvetica);
    var page = builder.AddPage(PageSize.A4);
    page.AddText("Lecture 1: Accessible documents", 16, new PdfPoint(60, 780), font);
    page.AddText("Headings, alternative text and reading order make a PDF usable with a screen reader.", 11, new PdfPoint(60, 740), font);
    return builder.Build();
}
