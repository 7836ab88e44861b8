using System.Diagnostics;
using EqualifyPdf.Testing;
using EqualifyPdf.Workers.Pool;

namespace EqualifyPdf.Workers.Tests.Pool;

/// <summary>A started pool of real worker processes with its own scratch folder; disposing kills the workers.</summary>
internal sealed class TestPool : IAsyncDisposable
{
    private static readonly Lazy<byte[]> TwoThousandPagesPdf = new(() => TestPdfs.Clean(2000));

    private TestPool(DocumentWorkerPool pool, DocumentWorkerOptions options, ListLogger<DocumentWorkerPool> logger)
    {
        Pool = pool;
        Options = options;
        Logger = logger;
    }

    public DocumentWorkerPool Pool { get; }

    public DocumentWorkerOptions Options { get; }

    public ListLogger<DocumentWorkerPool> Logger { get; }

    /// <summary>A 2,000-page course PDF (the converter's page limit), built once per test run.</summary>
    public static byte[] TwoThousandPages => TwoThousandPagesPdf.Value;

    public static async Task<TestPool> StartAsync(Action<DocumentWorkerOptions>? configure = null)
    {
        var options = new DocumentWorkerOptions
        {
            Count = 1,
            ScratchFolder = Path.Combine(Path.GetTempPath(), "equalify-workers-tests", Guid.NewGuid().ToString("N")),
            StepCpuBudget = TimeSpan.FromSeconds(60),
            MemoryLimitMb = 768,
        };
        configure?.Invoke(options);
        var logger = new ListLogger<DocumentWorkerPool>();
        var pool = new DocumentWorkerPool(Microsoft.Extensions.Options.Options.Create(options), logger);
        await pool.StartAsync(CancellationToken.None);
        return new TestPool(pool, options, logger);
    }

    public static MemoryStream Stream(byte[] pdf) => new(pdf, writable: false);

    /// <summary>CPU time of a live process, or null once it is gone.</summary>
    public static TimeSpan? CpuTime(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.HasExited ? null : process.TotalProcessorTime;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds (polling), failing the test after <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < timeout, $"Timed out waiting for {what}.");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Pool.StopAsync(CancellationToken.None);
        Pool.Dispose();
        if (Directory.Exists(Options.ScratchFolder))
        {
            Directory.Delete(Options.ScratchFolder, recursive: true);
        }
    }
}
