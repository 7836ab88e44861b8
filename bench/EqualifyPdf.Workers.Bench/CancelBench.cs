using System.Diagnostics;
using System.Globalization;
using EqualifyPdf.Workers.Pool;
using EqualifyPdf.Workflow.Services;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Workers.Bench;

/// <summary>How fast a cancelled 2,000-page conversion stops using CPU: the worker's CPU time is sampled until it is gone.</summary>
internal static class CancelBench
{
    public static async Task RunAsync(string folder, TextWriter output)
    {
        var pdf = Path.Combine(folder, "pages.pdf");
        LargePdf.WriteTextPages(pdf, 2000);
        var options = new DocumentWorkerOptions { Count = 1, ScratchFolder = Path.Combine(folder, "scratch") };
        var pool = new DocumentWorkerPool(Options.Create(options), NullLogger<DocumentWorkerPool>.Instance);
        await pool.StartAsync(CancellationToken.None);
        try
        {
            var pid = pool.WorkerProcessIds.Single();
            using var worker = Process.GetProcessById(pid);
            using var cancel = new CancellationTokenSource();
            await using var file = File.OpenRead(pdf);
            var idle = Cpu(worker) ?? TimeSpan.Zero;
            var converting = pool.ConvertAsync(file, new ConversionRequest("cancel", "pages.pdf", null), cancel.Token);
            while (!converting.IsCompleted && Cpu(worker) is { } cpu && cpu - idle < TimeSpan.FromSeconds(0.7))
            {
                await Task.Delay(10);
            }

            if (converting.IsCompleted)
            {
                var doc = await converting;
                output.WriteLine($"cancel: the conversion ({doc.Pages.Count} pages) ended before it could be cancelled");
                return;
            }

            var atCancel = Cpu(worker) ?? TimeSpan.Zero;
            var lastSeen = atCancel;
            var clock = Stopwatch.StartNew();
            await cancel.CancelAsync();
            while (Cpu(worker) is { } cpu)
            {
                lastSeen = cpu;
                await Task.Delay(1);
            }

            var gone = clock.Elapsed;
            var outcome = await converting.ContinueWith(t => t.IsCanceled ? "a cancellation" : t.Exception?.InnerException?.GetType().Name ?? "a completed conversion", TaskScheduler.Default);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cancel of a 2,000-page conversion: worker gone {gone.TotalMilliseconds:0} ms after the cancel; worker CPU {atCancel.TotalSeconds:0.00} s at cancel, {lastSeen.TotalSeconds:0.00} s last seen (+{(lastSeen - atCancel).TotalMilliseconds:0} ms); caller saw {outcome}"));
        }
        finally
        {
            await pool.StopAsync(CancellationToken.None);
            pool.Dispose();
        }
    }

    private static TimeSpan? Cpu(Process process)
    {
        try
        {
            process.Refresh();
            return process.HasExited ? null : process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
