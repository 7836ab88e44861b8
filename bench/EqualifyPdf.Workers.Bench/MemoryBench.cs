using System.Diagnostics;
using System.Globalization;
using EqualifyPdf.Conversion;
using EqualifyPdf.Workers.Pool;
using EqualifyPdf.Workflow.Services;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Workers.Bench;

/// <summary>Peak resident-memory growth of this process while a large PDF is converted, three ways.</summary>
internal static class MemoryBench
{
    private const double Mb = 1024 * 1024;

    public static async Task<int> RunAsync(int sizeMb, TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"equalify-workers-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        var pdf = Path.Combine(folder, "large.pdf");
        try
        {
            LargePdf.Write(pdf, sizeMb);
            output.WriteLine($"PDF: {new FileInfo(pdf).Length / Mb:0.0} MB");
            var options = new DocumentWorkerOptions { Count = 1, ScratchFolder = Path.Combine(folder, "scratch") };
            var pool = new DocumentWorkerPool(Options.Create(options), NullLogger<DocumentWorkerPool>.Instance);
            await pool.StartAsync(CancellationToken.None);
            try
            {
                // Warm-up: JIT, RPC and the worker's own start are not what is measured.
                await using (var small = File.OpenRead(pdf))
                {
                    await pool.ConvertAsync(new Truncated(small, 1), new ConversionRequest("warm", "warm.pdf", null), CancellationToken.None)
                        .ContinueWith(_ => { }, TaskScheduler.Default);
                }

                await MeasureAsync(output, "worker pool, by path (FileStream)", async () =>
                {
                    await using var file = new FileStream(pdf, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
                    return await pool.ConvertAsync(file, new ConversionRequest("path", "large.pdf", null), CancellationToken.None);
                }, pool);
                await MeasureAsync(output, "worker pool, spooled (non-file stream)", async () =>
                {
                    await using var file = new FileStream(pdf, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
                    await using var stream = new BufferedStream(file);
                    return await pool.ConvertAsync(stream, new ConversionRequest("spool", "large.pdf", null), CancellationToken.None);
                }, pool);
            }
            finally
            {
                await pool.StopAsync(CancellationToken.None);
                pool.Dispose();
            }

            await MeasureAsync(output, "in process (before this change)", () =>
            {
                using var file = File.OpenRead(pdf);
                return Task.FromResult(DocumentConverter.Convert(file));
            }, pool: null);
            await CancelBench.RunAsync(folder, output);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(TextWriter output, string name, Func<Task<Conversion.Model.DocumentModel>> convert, DocumentWorkerPool? pool)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var before = Rss();
        var peak = before;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, Rss());
                await Task.Delay(10, CancellationToken.None);
            }
        });
        var clock = Stopwatch.StartNew();
        var doc = await convert();
        clock.Stop();
        await stop.CancelAsync();
        await sampler;
        peak = Math.Max(peak, Rss());
        var json = DocumentModelJson.Serialize(doc).Length;
        var worker = pool?.WorkerProcessIds.Select(WorkerPeak).FirstOrDefault() ?? 0;
        var workerText = pool == null ? "" : string.Create(CultureInfo.InvariantCulture, $"; worker peak RSS {worker / Mb:0} MB");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {doc.Pages.Count} pages in {clock.Elapsed.TotalSeconds:0.0} s; caller RSS {before / Mb:0} MB -> peak {peak / Mb:0} MB (growth {(peak - before) / Mb:0} MB); model JSON {json / Mb:0.0} MB{workerText}"));
        GC.KeepAlive(doc);
    }

    private static long Rss()
    {
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64;
    }

    // VmHWM: the worker's lifetime peak resident set (the worker that ran the step, or its successor's start).
    private static long WorkerPeak(int pid)
    {
        var status = $"/proc/{pid}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line == null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>The first <c>n</c> bytes of a stream: a broken PDF that still warms up the whole path.</summary>
    private sealed class Truncated(Stream inner, int kilobytes) : Stream
    {
        private long left = kilobytes * 1024L;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, (int)Math.Min(count, left));
            left -= read;
            return read;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
