using System.Buffers.Binary;
using EqualifyPdf.Testing;

namespace EqualifyPdf.Workers.Tests.Pool;

public sealed class RenderPageTests
{
    [Fact]
    public async Task RenderPageAsync_PageOfPdf_PngAtTheAskedResolution()
    {
        await using var test = await TestPool.StartAsync();

        var png = await test.Pool.RenderPageAsync(TestPool.Stream(TestPdfs.Clean(3)), "j", 2, 110, CancellationToken.None);

        Assert.NotNull(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        // IHDR width: an A4 page is 595 pt wide, so 595 × 110 / 72 ≈ 909 pixels.
        Assert.InRange(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), 905, 912);
    }

    [Fact]
    public async Task RenderPageAsync_PageBeyondTheDocument_Null()
    {
        await using var test = await TestPool.StartAsync();

        var png = await test.Pool.RenderPageAsync(TestPool.Stream(TestPdfs.Clean(1)), "j", 5, 110, CancellationToken.None);

        Assert.Null(png);
    }
}
