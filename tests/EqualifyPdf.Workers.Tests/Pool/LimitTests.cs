using System.Diagnostics;
using EqualifyPdf.Testing;
using EqualifyPdf.Workflow.Services;

namespace EqualifyPdf.Workers.Tests.Pool;

public sealed class LimitTests
{
    [Fact]
    public async Task ConvertAsync_CpuBudgetSpent_TimedOutAndWorkerReplaced()
    {
        await using var test = await TestPool.StartAsync(o => o.StepCpuBudget = TimeSpan.FromSeconds(1));
        var first = Assert.Single(test.Pool.WorkerProcessIds);

        var error = await Assert.ThrowsAsync<DocumentWorkerException>(() => test.Pool.ConvertAsync(
            TestPool.Stream(TestPool.TwoThousandPages), new ConversionRequest("slow", "slow.pdf", null), CancellationToken.None));

        Assert.Equal(DocumentWorkerFailure.TimedOut, error.Failure);
        Assert.NotEqual(first, Assert.Single(test.Pool.WorkerProcessIds));
        Assert.Null(TestPool.CpuTime(first));
    }

    [Fact]
    public async Task ConvertAsync_ImageBeyondHeapCap_FailsOutOfMemoryOrImageIsNotDecoded()
    {
        // 81 million RGB pixels (243 MB decoded) are within the image bound but beyond a 128 MB worker's heap cap.
        // Where the allocation fails decides the outcome: past PdfPig the worker reports OutOfMemory; inside PdfPig's
        // Flate filter (which swallows every exception) the image is simply not decoded. Either way nothing of it is
        // embedded and the worker never grows past its ceiling.
        await using var test = await TestPool.StartAsync(o => o.MemoryLimitMb = 128);

        var outcome = await Record.ExceptionAsync(async () =>
        {
            var doc = await test.Pool.ConvertAsync(
                TestPool.Stream(HostilePdfs.FlateImage(9_000, rgb: true)), new ConversionRequest("big", "big.pdf", null), CancellationToken.None);
            Assert.DoesNotContain(doc.Pages.SelectMany(p => p.Blocks), b => b.Figure?.ImageDataUri != null);
        });

        if (outcome != null)
        {
            Assert.Equal(DocumentWorkerFailure.OutOfMemory, Assert.IsType<DocumentWorkerException>(outcome).Failure);
        }

        Assert.Single(test.Pool.WorkerProcessIds);
    }

    [Fact]
    public void StartInfo_MemoryLimit_CapsManagedHeapBelowCeiling()
    {
        var info = Processes.WorkerLaunch.StartInfo(new DocumentWorkerOptions { MemoryLimitMb = 1000 });

        Assert.Equal((750L * 1024 * 1024).ToString("x", System.Globalization.CultureInfo.InvariantCulture), info.Environment["DOTNET_GCHeapHardLimit"]);
        Assert.Equal(["exec", Path.Combine(AppContext.BaseDirectory, Processes.WorkerLaunch.WorkerAssembly)], info.ArgumentList);
    }

    [Fact]
    public async Task ConvertAsync_ResidentSetPastCeiling_WatchdogKillsWithOutOfMemory()
    {
        // A few hundred ordinary pages keep the managed heap far below its cap, but the runtime, PdfPig's code and
        // native memory lift the resident set past a 64 MB ceiling: only the watchdog can see that.
        await using var test = await TestPool.StartAsync(o => o.MemoryLimitMb = 64);

        var error = await Assert.ThrowsAsync<DocumentWorkerException>(() => test.Pool.ConvertAsync(
            TestPool.Stream(Testing.TestPdfs.Clean(300)), new ConversionRequest("rss", "rss.pdf", null), CancellationToken.None));

        Assert.Equal(DocumentWorkerFailure.OutOfMemory, error.Failure);
        Assert.IsType<StreamJsonRpc.ConnectionLostException>(error.InnerException);
    }

    [Fact]
    public async Task ConvertAsync_AfterLargeDocument_WorkerGivesLeftoverBackBeforeNextStep()
    {
        await using var test = await TestPool.StartAsync();
        var workerId = Assert.Single(test.Pool.WorkerProcessIds);
        await test.Pool.ConvertAsync(TestPool.Stream(TestPdfs.Clean(600)), new ConversionRequest("large", "large.pdf", null), CancellationToken.None);
        var afterLarge = ResidentBytes(workerId);

        await test.Pool.ConvertAsync(TestPool.Stream(TestPdfs.Clean(1)), new ConversionRequest("small", "small.pdf", null), CancellationToken.None);

        // The 600 pages left more than the worker may carry into a step: it collected (and decommitted) first.
        var afterSmall = ResidentBytes(workerId);
        Assert.True(afterSmall < afterLarge * 3 / 4, $"resident after the large step {afterLarge / 1048576} MB, after the small one {afterSmall / 1048576} MB");
    }

    private static long ResidentBytes(int processId)
    {
        using var process = Process.GetProcessById(processId);
        return process.WorkingSet64;
    }

    [Fact]
    public async Task ConvertAsync_CancelledMidConversion_WorkerCpuStopsWithinTwoSeconds()
    {
        await using var test = await TestPool.StartAsync();
        var workerId = Assert.Single(test.Pool.WorkerProcessIds);
        using var worker = Process.GetProcessById(workerId);
        var idleCpu = TestPool.CpuTime(workerId) ?? TimeSpan.Zero;
        using var cancel = new CancellationTokenSource();

        var converting = test.Pool.ConvertAsync(
            TestPool.Stream(TestPool.TwoThousandPages), new ConversionRequest("long", "long.pdf", null), cancel.Token);
        await TestPool.WaitUntilAsync(
            () => TestPool.CpuTime(workerId) - idleCpu > TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), "the conversion to use CPU");
        var clock = Stopwatch.StartNew();
        await cancel.CancelAsync();

        // The worker's CPU stops because the process is gone: nothing of it can run on.
        Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(2)), "the worker still runs 2 s after the cancel");
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => converting);
        Assert.NotEqual(workerId, Assert.Single(test.Pool.WorkerProcessIds));
    }
}
