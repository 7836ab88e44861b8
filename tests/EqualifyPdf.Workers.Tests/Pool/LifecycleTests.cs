using EqualifyPdf.Conversion;
using EqualifyPdf.Pii;
using EqualifyPdf.Testing;
using EqualifyPdf.Workflow.Services;
using System.Diagnostics;
using System.Text.Json;

namespace EqualifyPdf.Workers.Tests.Pool;

public sealed class LifecycleTests
{
    [Fact]
    public async Task ConvertAsync_HealthyPdf_SameModelAsInProcess()
    {
        var pdf = TestPdfs.Clean(4);
        await using var test = await TestPool.StartAsync();

        var doc = await test.Pool.ConvertAsync(TestPool.Stream(pdf), new ConversionRequest("j", "notes.pdf", "fr"), CancellationToken.None);

        var local = DocumentConverter.Convert(TestPool.Stream(pdf), new ConversionOptions { SourceName = "notes.pdf", DefaultLanguage = "fr" });
        Assert.Equal(DocumentModelJson.Serialize(local), DocumentModelJson.Serialize(doc));
    }

    [Fact]
    public async Task ScanPiiAsync_PdfWithPii_SameReportAsInProcess()
    {
        var pdf = TestPdfs.WithPii();
        await using var test = await TestPool.StartAsync();

        var report = await test.Pool.ScanPiiAsync(TestPool.Stream(pdf), "j", CancellationToken.None);

        var local = PiiScanner.ScanPages(DocumentConverter.ExtractPageTexts(TestPool.Stream(pdf)));
        Assert.NotEmpty(report.Findings);
        Assert.Equal(JsonSerializer.Serialize(local), JsonSerializer.Serialize(report));
    }

    [Theory]
    [InlineData("not a pdf at all")]
    [InlineData("")]
    public async Task ConvertAsync_BadPdf_ConversionExceptionWithSameKindAndMessage(string content)
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes(content);
        await using var test = await TestPool.StartAsync();
        var worker = Assert.Single(test.Pool.WorkerProcessIds);

        var error = await Assert.ThrowsAsync<ConversionException>(() =>
            test.Pool.ConvertAsync(TestPool.Stream(bytes), new ConversionRequest("j", "bad.pdf", null), CancellationToken.None));

        var local = Assert.Throws<ConversionException>(() => DocumentConverter.Convert(TestPool.Stream(bytes)));
        Assert.Equal(local.Kind, error.Kind);
        Assert.Equal(local.Message, error.Message);
        // A bad PDF is not a bad worker: the same process serves the next step.
        Assert.Equal(worker, Assert.Single(test.Pool.WorkerProcessIds));
    }

    [Fact]
    public async Task ConvertAsync_StreamThatIsNoFile_SpooledAndScratchDeleted()
    {
        await using var test = await TestPool.StartAsync();

        await test.Pool.ConvertAsync(TestPool.Stream(TestPdfs.Clean(1)), new ConversionRequest("j", "a.pdf", null), CancellationToken.None);

        Assert.Empty(Directory.EnumerateFiles(test.Options.ScratchFolder));
    }

    [Fact]
    public async Task ConvertAsync_FileStream_ReadByPathWithoutSpooling()
    {
        var path = Path.Combine(Path.GetTempPath(), $"equalify-workers-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, TestPdfs.Clean(2));
        try
        {
            await using var test = await TestPool.StartAsync();
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var input = await Input.PdfInput.OpenAsync(file, test.Options.ScratchFolder, CancellationToken.None);
            Assert.False(input.Spooled);
            Assert.Equal(path, input.Path);

            var doc = await test.Pool.ConvertAsync(file, new ConversionRequest("j", "a.pdf", null), CancellationToken.None);

            Assert.Equal(2, doc.Pages.Count);
            Assert.Empty(Directory.EnumerateFiles(test.Options.ScratchFolder));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task StopAsync_StepRunning_KillsEveryWorkerAndEndsStepAsCancelled()
    {
        var test = await TestPool.StartAsync(o => o.Count = 2);
        var workers = test.Pool.WorkerProcessIds.Select(Process.GetProcessById).ToList();
        var converting = test.Pool.ConvertAsync(
            TestPool.Stream(TestPool.TwoThousandPages), new ConversionRequest("long", "long.pdf", null), CancellationToken.None);
        await TestPool.WaitUntilAsync(() => test.Pool.Queue.Running == 1, TimeSpan.FromSeconds(30), "the step to start");

        await test.DisposeAsync();

        Assert.All(workers, w => Assert.True(w.WaitForExit(TimeSpan.FromSeconds(2)), $"worker {w.Id} survived the shutdown"));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => converting);
        Assert.Empty(test.Pool.WorkerProcessIds);
        workers.ForEach(w => w.Dispose());
    }

    [Fact]
    public async Task ConvertAsync_WorkersBusy_WaitInFifoOrderWithQueuePositions()
    {
        await using var test = await TestPool.StartAsync();
        using var cancelFirst = new CancellationTokenSource();
        using var cancelRest = new CancellationTokenSource();
        var first = Convert(test, "first", cancelFirst.Token);
        await TestPool.WaitUntilAsync(() => test.Pool.Queue.Running == 1, TimeSpan.FromSeconds(30), "the first step to start");
        // One after the other: each step spools its input before it queues, so two sent at once may queue either way.
        var second = Convert(test, "second", cancelRest.Token);
        await TestPool.WaitUntilAsync(() => test.Pool.Queue.Backlog == 1, TimeSpan.FromSeconds(30), "the second step to wait");
        var third = Convert(test, "third", cancelRest.Token);
        await TestPool.WaitUntilAsync(() => test.Pool.Queue.Backlog == 2, TimeSpan.FromSeconds(30), "two waiting steps");

        Assert.Null(test.Pool.Queue.PositionOf("first"));
        Assert.Equal(1, test.Pool.Queue.PositionOf("second"));
        Assert.Equal(2, test.Pool.Queue.PositionOf("third"));

        await cancelFirst.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        await TestPool.WaitUntilAsync(() => test.Pool.Queue.Backlog == 1, TimeSpan.FromSeconds(30), "the second step to start");
        Assert.Null(test.Pool.Queue.PositionOf("second"));
        Assert.Equal(1, test.Pool.Queue.PositionOf("third"));

        await cancelRest.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.WhenAll(second, third));
        Assert.Equal(0, test.Pool.Queue.Backlog);
        Assert.Equal(0, test.Pool.Queue.Running);
    }

    private static Task Convert(TestPool test, string jobId, CancellationToken cancellationToken) =>
        test.Pool.ConvertAsync(TestPool.Stream(TestPool.TwoThousandPages), new ConversionRequest(jobId, "long.pdf", null), cancellationToken);
}
