// EqualifyPdf.Storage.Tests: the local-folder blob store, on the shared contract plus what only a folder can show.

using EqualifyPdf.Storage.Local;

namespace EqualifyPdf.Storage.Tests;

public sealed class LocalFolderBlobStoreTests : BlobStoreContractTests
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "eqpdf-blobs-" + Guid.NewGuid().ToString("N"));

    public override Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    protected override Task<IBlobStore> CreateStoreAsync() => Task.FromResult<IBlobStore>(new LocalFolderBlobStore(_root));

    [Fact]
    public async Task WriteAsync_Blob_IsAFileInItsContainerFolder()
    {
        await Store.WriteAsync(BlobContainers.Temp, "job1/source.pdf", new MemoryStream([1, 2]));

        Assert.Equal([1, 2], await File.ReadAllBytesAsync(Path.Combine(_root, "temp", "job1", "source.pdf")));
    }

    [Fact]
    public async Task WriteAsync_SourceThrowsMidway_LeavesNoTempFile()
    {
        await Assert.ThrowsAsync<IOException>(() => Store.WriteAsync(BlobContainers.Temp, "job2/source.pdf", new FailingStream()));

        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_root, "temp"), "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("a/../../escape.txt")]
    public async Task WriteAsync_TraversalKey_WritesNothingOutsideRoot(string key)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.WriteAsync(BlobContainers.Temp, key, new MemoryStream([1])));

        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_root)!, "escape.txt")));
    }

    [Fact]
    public async Task DeletePrefixAsync_JobPrefix_RemovesTheEmptiedFolder()
    {
        await Store.WriteAsync(BlobContainers.Temp, "job1/pages/1.json", new MemoryStream([1]));

        await Store.DeletePrefixAsync(BlobContainers.Temp, "job1/");

        Assert.False(Directory.Exists(Path.Combine(_root, "temp", "job1")));
    }

    [Fact]
    public async Task DeletePrefixAsync_MissingContainerFolder_DoesNotThrow() =>
        await new LocalFolderBlobStore(Path.Combine(_root, "fresh")).DeletePrefixAsync(BlobContainers.Results, "job9/");

    [Fact]
    public async Task IsHealthyAsync_WritableRoot_LeavesNothing()
    {
        Assert.True(await Store.IsHealthyAsync());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public async Task GetReadUrlAsync_LocalFolder_ReturnsNullSoTheCallerStreams() =>
        Assert.Null(await Store.GetReadUrlAsync(BlobContainers.Results, "job1/document.html"));
}
