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
// Each real store with live progress (event log, index, stream) on and off in the same run: the difference is what
// live progress costs; on Garnet also with the stream alone, which splits that cost between the stream and Redis. Pass "quick" as the third argument to skip the "off" runs.
var withOff = !args.Skip(2).Contains("quick");
var only = args.Skip(2).FirstOrDefault(a => a.StartsWith("only=", StringComparison.Ordinal))?["only=".Length..];
var runs = new List<(string, Func<string, IHost>, int?)>
{
    ("embedded Garnet (AOF, commit-wait)", root => BenchSilo.EmbeddedGarnet(root, garnetPort), null),
};
if (withOff)
{
    runs.Add(("embedded Garnet, live progress on the stream only", root => BenchSilo.EmbeddedGarnet(root, BenchSilo.FreePort(), LiveProgress.StreamOnly), null));
    runs.Add(("embedded Garnet, live progress off", root => BenchSilo.EmbeddedGarnet(root, BenchSilo.FreePort(), LiveProgress.Off), null));
}

runs.Add(("memory storage", BenchSilo.InMemory, null));
if (redisServer is not null)
{
    runs.Add(("redis-server (appendfsync always)", root => BenchSilo.ExternalRedis(root, redisServer.Port), redisServer.Port));
    if (withOff)
    {
        runs.Add(("redis-server, live progress off", root => BenchSilo.ExternalRedis(root, redisServer.Port, LiveProgress.Off), redisServer.Port));
    }
}

foreach (var (storage, makeHost, redisPort) in runs.Where(r => only is null || r.Item1.Contains(only, StringComparison.OrdinalIgnoreCase)))
{
    var root = Path.Combine(Path.GetTempPath(), "eqpdf-bench-" + Guid.NewGuid().ToString("N"));
    using var host = makeHost(root);
    await using var commands = redisPort is { } port ? new RedisCommandCounter(port) : null;
    await host.StartAsync();
    var grains = host.Services.GetRequiredService<IGrainFactory>();
    var blobs = host.Services.GetRequiredService<IBlobStore>();

    // Warm-up: enough jobs for tiered JIT to reach its optimised code in the silo and the workers, first activations,
    // PdfPig font tables; a server that has run for a minute is what the figures describe.
    await RunJobsAsync(grains, blobs, 60, inFlight);
    var e2eBefore = commands is null ? [] : await commands.ReadByCommandAsync();
    var cpu = CpuMeter.Start(host.Services);
    var (elapsed, transitions) = await RunJobsAsync(grains, blobs, jobs, inFlight);
    Console.WriteLine($"{storage}: end-to-end {jobs} one-page jobs, {inFlight} in flight: {elapsed.TotalSeconds:F2} s, {jobs / elapsed.TotalSeconds:F1} jobs/s, {transitions / elapsed.TotalSeconds:F0} transitions/s");
    Console.WriteLine("  " + cpu.PerJob(jobs));
    await PrintCommandsPerJobAsync(e2eBefore, jobs);

    var cancelBefore = commands is null ? [] : await commands.ReadByCommandAsync();
    var cancelCpu = CpuMeter.Start(host.Services);
    var (cancelElapsed, cancelTransitions) = await RunSubmitCancelAsync(grains, jobs * 5, 64);
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

async Task<(TimeSpan Elapsed, int Transitions)> RunJobsAsync(IGrainFactory grains, IBlobStore blobs, int count, int window)
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

async Task<(TimeSpan Elapsed, int Transitions)> RunSubmitCancelAsync(IGrainFactory grains, int count, int window)
{
    var clock = Stopwatch.StartNew();
    var transitions = 0;
    await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = window }, async (_, ct) =>
    {
        var id = Guid.NewGuid().ToString("N");
        var job = grains.GetGrain<IJobGrain>(id);
        await job.Submit(new SubmitJobRequest("bench.pdf", JobBlobKeys.Upload(id), 0, null, null, "bench"));
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
