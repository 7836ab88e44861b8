using EqualifyPdf.Conversion;
using EqualifyPdf.Testing;
using EqualifyPdf.Workflow.Services;

namespace EqualifyPdf.Workers.Tests.Pool;

public sealed class HostilePdfTests
{
    [Fact]
    public async Task ConvertAsync_DecompressionBomb_FailsBeforeDecodingWithClearMessage()
    {
        var bomb = HostilePdfs.DecompressionBomb;
        Assert.InRange(bomb.Length, 500_000, 1_500_000);
        // Decoding 900 MB would pass this ceiling (OutOfMemory) or take seconds of CPU (TimedOut): only a check made
        // before the decode ends in a ConversionException.
        await using var test = await TestPool.StartAsync(o => (o.MemoryLimitMb, o.StepCpuBudget) = (400, TimeSpan.FromSeconds(20)));

        var error = await Assert.ThrowsAsync<ConversionException>(() =>
            test.Pool.ConvertAsync(TestPool.Stream(bomb), new ConversionRequest("bomb", "bomb.pdf", null), CancellationToken.None));

        Assert.Equal(ConversionErrorKind.Corrupt, error.Kind);
        Assert.Contains("too large to process safely", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("30,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanPiiAsync_DecompressionBomb_FailsBeforeDecodingWithClearMessage()
    {
        await using var test = await TestPool.StartAsync(o => (o.MemoryLimitMb, o.StepCpuBudget) = (400, TimeSpan.FromSeconds(20)));

        var error = await Assert.ThrowsAsync<ConversionException>(() =>
            test.Pool.ScanPiiAsync(TestPool.Stream(HostilePdfs.DecompressionBomb), "bomb", CancellationToken.None));

        Assert.Contains("too large to process safely", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ConvertAsync_SelfReferencingPageTree_CompletesWithEachPageOnce()
    {
        await using var test = await TestPool.StartAsync(o => o.StepCpuBudget = TimeSpan.FromSeconds(20));

        var doc = await test.Pool.ConvertAsync(
            TestPool.Stream(HostilePdfs.SelfReferencingPageTree()), new ConversionRequest("loop", "loop.pdf", null), CancellationToken.None);

        var page = Assert.Single(doc.Pages);
        Assert.Contains("Looping page tree", string.Join(" ", page.Blocks.Select(b => b.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConvertAsync_ParserStackOverflow_CrashedReplacedAndHealthyJobCompletes()
    {
        await using var test = await TestPool.StartAsync(o => o.Count = 2);
        var before = test.Pool.WorkerProcessIds.ToHashSet();

        var hostile = test.Pool.ConvertAsync(
            TestPool.Stream(HostilePdfs.DeeplyNestedFunction()), new ConversionRequest("poison", "poison.pdf", null), CancellationToken.None);
        var healthy = test.Pool.ConvertAsync(
            TestPool.Stream(TestPdfs.Clean(20)), new ConversionRequest("healthy", "healthy.pdf", null), CancellationToken.None);

        var error = await Assert.ThrowsAsync<DocumentWorkerException>(() => hostile);
        Assert.Equal(DocumentWorkerFailure.Crashed, error.Failure);
        Assert.DoesNotContain("PDF", error.Message, StringComparison.Ordinal);
        Assert.Contains(test.Logger.Lines, line => line.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(20, (await healthy).Pages.Count);

        // The dead worker is gone and a fresh one took its place; the pool keeps serving.
        var after = test.Pool.WorkerProcessIds.ToHashSet();
        Assert.Equal(2, after.Count);
        Assert.Single(before.Except(after));
        var again = await test.Pool.ConvertAsync(
            TestPool.Stream(TestPdfs.Clean(2)), new ConversionRequest("next", "next.pdf", null), CancellationToken.None);
        Assert.Equal(2, again.Pages.Count);
    }

    [Fact]
    public async Task ScanPiiAsync_ParserStackOverflow_CrashedAndPoolKeepsServing()
    {
        await using var test = await TestPool.StartAsync();

        var error = await Assert.ThrowsAsync<DocumentWorkerException>(() =>
            test.Pool.ScanPiiAsync(TestPool.Stream(HostilePdfs.DeeplyNestedFunction()), "poison", CancellationToken.None));

        Assert.Equal(DocumentWorkerFailure.Crashed, error.Failure);
        var report = await test.Pool.ScanPiiAsync(TestPool.Stream(TestPdfs.WithPii()), "next", CancellationToken.None);
        Assert.NotEmpty(report.Findings);
    }

    [Fact]
    public async Task ConvertAsync_TwoThousandPages_Converts()
    {
        await using var test = await TestPool.StartAsync();

        var doc = await test.Pool.ConvertAsync(
            TestPool.Stream(TestPool.TwoThousandPages), new ConversionRequest("long", "long.pdf", null), CancellationToken.None);

        Assert.Equal(2000, doc.Pages.Count);
        Assert.Equal(2000, doc.Info.PageCount);
    }
}
