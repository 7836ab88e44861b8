// EqualifyPdf.Storage.Tests: the behaviour every IBlobStore promises, run against each store.

using System.Text;

namespace EqualifyPdf.Storage.Tests;

/// <summary>
/// The <see cref="IBlobStore"/> contract. Each store's test class derives from this and supplies a fresh, empty store,
/// so the local folder and S3 are held to the same tests.
/// </summary>
public abstract class BlobStoreContractTests : IAsyncLifetime
{
    /// <summary>Bigger than one S3 part (the S3 contract store uses 5 MiB parts), so S3 takes the multipart path.</summary>
    protected const int MultipartSize = (11 * 1024 * 1024) + 123;

    protected IBlobStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected abstract Task<IBlobStore> CreateStoreAsync();

    [Fact]
    public async Task WriteAsync_ThenOpenRead_ReturnsSameBytesAndLength()
    {
        var bytes = Encoding.UTF8.GetBytes("%PDF-1.7 hello");
        var written = await Store.WriteAsync(BlobContainers.Temp, "job1/source.pdf", new MemoryStream(bytes));

        Assert.Equal(bytes.Length, written);
        Assert.Equal(bytes, await ReadAllAsync(BlobContainers.Temp, "job1/source.pdf"));
        Assert.True(await Store.ExistsAsync(BlobContainers.Temp, "job1/source.pdf"));
    }

    [Fact]
    public async Task WriteAsync_BlobLargerThanOnePart_RoundTripsByteIdentical()
    {
        var bytes = new byte[MultipartSize];
        new Random(7).NextBytes(bytes);

        var written = await Store.WriteAsync(BlobContainers.Results, "job1/big.bin", new NonSeekableStream(bytes));

        Assert.Equal(bytes.Length, written);
        Assert.Equal(bytes, await ReadAllAsync(BlobContainers.Results, "job1/big.bin"));
    }

    [Fact]
    public async Task ListAsync_Prefix_ListsThatPrefixWithWriteTimes()
    {
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);
        foreach (var key in new[] { "jobA/source.pdf", "jobA/pages/1.json", "jobB/source.pdf" })
        {
            await Store.WriteAsync(BlobContainers.Temp, key, new MemoryStream([1, 2, 3]));
        }

        var jobA = await Store.ListAsync(BlobContainers.Temp, "jobA/").ToListAsync();
        var all = await Store.ListAsync(BlobContainers.Temp, "").ToListAsync();

        Assert.Equal(["jobA/pages/1.json", "jobA/source.pdf"], jobA.Select(b => b.Key).Order(StringComparer.Ordinal));
        Assert.Equal(3, all.Count);
        Assert.All(all, b => Assert.InRange(b.LastModified, before, DateTimeOffset.UtcNow.AddMinutes(5)));
    }

    [Fact]
    public async Task WriteAsync_EmptyStream_StoresEmptyBlob()
    {
        Assert.Equal(0, await Store.WriteAsync(BlobContainers.Temp, "job1/empty.json", new MemoryStream()));

        Assert.True(await Store.ExistsAsync(BlobContainers.Temp, "job1/empty.json"));
        Assert.Empty(await ReadAllAsync(BlobContainers.Temp, "job1/empty.json"));
    }

    [Fact]
    public async Task WriteAsync_ExistingBlob_ReplacesIt()
    {
        await Store.WriteAsync(BlobContainers.Results, "a/b.txt", new MemoryStream([1, 2, 3, 4]));
        await Store.WriteAsync(BlobContainers.Results, "a/b.txt", new MemoryStream([9]));

        Assert.Equal([9], await ReadAllAsync(BlobContainers.Results, "a/b.txt"));
    }

    [Fact]
    public async Task WriteAsync_SourceThrowsMidway_LeavesNoBlob()
    {
        await Assert.ThrowsAsync<IOException>(() => Store.WriteAsync(BlobContainers.Temp, "job2/source.pdf", new FailingStream()));

        Assert.False(await Store.ExistsAsync(BlobContainers.Temp, "job2/source.pdf"));
    }

    [Fact]
    public async Task OpenReadAsync_MissingBlob_ReturnsNull()
    {
        Assert.Null(await Store.OpenReadAsync(BlobContainers.Temp, "nope/missing.pdf"));
        Assert.False(await Store.ExistsAsync(BlobContainers.Temp, "nope/missing.pdf"));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("a/../../escape.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\..\\b")]
    [InlineData("a//b")]
    [InlineData("./a")]
    [InlineData("c:/windows")]
    [InlineData("")]
    public async Task WriteAsync_TraversalOrMalformedKey_Throws(string key) =>
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.WriteAsync(BlobContainers.Temp, key, new MemoryStream([1])));

    [Theory]
    [InlineData("..")]
    [InlineData("Temp")]
    [InlineData("a/b")]
    public async Task ExistsAsync_InvalidContainer_Throws(string container) =>
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ExistsAsync(container, "k"));

    [Fact]
    public async Task DeleteAsync_MissingBlob_DoesNotThrow()
    {
        await Store.DeleteAsync(BlobContainers.Temp, "never/written.pdf");
        await Store.WriteAsync(BlobContainers.Temp, "x/y.pdf", new MemoryStream([1]));
        await Store.DeleteAsync(BlobContainers.Temp, "x/y.pdf");

        Assert.False(await Store.ExistsAsync(BlobContainers.Temp, "x/y.pdf"));
    }

    [Fact]
    public async Task DeletePrefixAsync_JobPrefix_DeletesOnlyThatJobsBlobs()
    {
        foreach (var key in new[] { "job1/source.pdf", "job1/pages/1.json", "job1/pages/2.json", "job10/source.pdf", "job2/x.json" })
        {
            await Store.WriteAsync(BlobContainers.Temp, key, new MemoryStream([1]));
        }

        await Store.DeletePrefixAsync(BlobContainers.Temp, "job1/");

        Assert.False(await Store.ExistsAsync(BlobContainers.Temp, "job1/source.pdf"));
        Assert.False(await Store.ExistsAsync(BlobContainers.Temp, "job1/pages/2.json"));
        Assert.True(await Store.ExistsAsync(BlobContainers.Temp, "job10/source.pdf"));
        Assert.True(await Store.ExistsAsync(BlobContainers.Temp, "job2/x.json"));
    }

    [Fact]
    public async Task DeletePrefixAsync_NothingUnderPrefix_DoesNotThrow() =>
        await Store.DeletePrefixAsync(BlobContainers.Results, "job9/");

    [Fact]
    public async Task IsHealthyAsync_ReachableStore_ReturnsTrue() => Assert.True(await Store.IsHealthyAsync());

    protected async Task<byte[]> ReadAllAsync(string container, string key)
    {
        await using var read = await Store.OpenReadAsync(container, key);
        Assert.NotNull(read);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        return copy.ToArray();
    }
}
