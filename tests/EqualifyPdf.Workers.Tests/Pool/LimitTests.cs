using System.Diagnostics;
using EqualifyPdf.Workers.Tests.Pdfs;
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
    public async Task ConvertAsync_MemoryCeilingPassed_OutOfMemoryAndWorkerReplaced()
    {
        // 81 million pixels is within the image bound, but decoding and re-encoding it needs far more than 128 MB.
        await using var test = await TestPool.StartAsync(o => o.MemoryLimitMb = 128);
        var first = Assert.Single(test.Pool.WorkerProcessIds);

        var error = await Assert.ThrowsAsync<DocumentWorkerException>(() => test.Pool.ConvertAsync(
            TestPool.Stream(HostilePdfs.FlateImage(9_000)), new ConversionRequest("big", "big.pdf", null), CancellationToken.None));

        Assert.Equal(DocumentWorkerFailure.OutOfMemory, error.Failure);
        Assert.NotEqual(first, Assert.Single(test.Pool.WorkerProcessIds));
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
