using System.Diagnostics;
using System.Security.Cryptography;
using Xunit.Abstractions;

namespace EqualifyPdf.Storage.Tests.S3;

/// <summary>A 100 MB upload streamed in parts, read back byte-identical, without the store holding it whole.</summary>
[Collection(S3rverCollection.Name)]
public sealed class S3LargeUploadTests(S3rverFixture server, ITestOutputHelper output)
{
    private const long Size = 100L * 1024 * 1024;

    [Fact]
    public async Task WriteAsync_HundredMegabytesStreamed_RoundTripsByteIdenticalWithoutBufferingTheBlob()
    {
        await using var s3 = await S3TestStore.CreateAsync(server);
        var expected = await SHA256.HashDataAsync(new GeneratedStream(Size, seed: 100));
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetBefore = Process.GetCurrentProcess().WorkingSet64;

        var watch = Stopwatch.StartNew();
        var written = await s3.Store.WriteAsync(BlobContainers.Temp, "big/source.pdf", new GeneratedStream(Size, seed: 100));
        var uploadTime = watch.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var peakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64;
        var workingSetAfter = Process.GetCurrentProcess().WorkingSet64;

        watch.Restart();
        byte[] actual;
        await using (var read = await s3.Store.OpenReadAsync(BlobContainers.Temp, "big/source.pdf"))
        {
            actual = await SHA256.HashDataAsync(read!);
        }

        var downloadTime = watch.Elapsed;
        output.WriteLine(
            $"100 MB upload: {Size / 1048576.0 / uploadTime.TotalSeconds:0.0} MB/s ({uploadTime.TotalSeconds:0.00} s, " +
            $"{s3.Handler.Where(HttpMethod.Put).Count} parts); download: {Size / 1048576.0 / downloadTime.TotalSeconds:0.0} MB/s; " +
            $"allocated during upload {allocated / 1048576.0:0.0} MB; working set {workingSetBefore / 1048576.0:0} → " +
            $"{workingSetAfter / 1048576.0:0} MB (peak {peakWorkingSet / 1048576.0:0} MB); managed heap before {heapBefore / 1048576.0:0} MB");

        Assert.Equal(Size, written);
        Assert.Equal(expected, actual);
        Assert.Equal(13, s3.Handler.Where(HttpMethod.Put).Count);

        // Two pooled 8 MiB part buffers and the SDK's per-request objects (about 18 MB measured), never a copy of the blob.
        Assert.InRange(allocated, 0, 32L * 1024 * 1024);
    }
}
