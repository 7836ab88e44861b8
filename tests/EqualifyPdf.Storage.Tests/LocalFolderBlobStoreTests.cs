// EqualifyPdf.Storage.Tests: behaviour of the local-folder blob store and its registration.

using System.Text;
using EqualifyPdf.Storage;
using EqualifyPdf.Storage.Local;

namespace EqualifyPdf.Storage.Tests;

public sealed class LocalFolderBlobStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "eqpdf-blobs-" + Guid.NewGuid().ToString("N"));
    private readonly LocalFolderBlobStore _store;

    public LocalFolderBlobStoreTests() => _store = new LocalFolderBlobStore(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task WriteAsync_ThenOpenRead_ReturnsSameBytesAndLength()
    {
        var bytes = Encoding.UTF8.GetBytes("%PDF-1.7 hello");
        var written = await _store.WriteAsync(BlobContainers.Temp, "job1/source.pdf", new MemoryStream(bytes));

        Assert.Equal(bytes.Length, written);
        await using var read = await _store.OpenReadAsync(BlobContainers.Temp, "job1/source.pdf");
        Assert.NotNull(read);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
        Assert.True(File.Exists(Path.Combine(_root, "temp", "job1", "source.pdf")));
    }

    [Fact]
    public async Task WriteAsync_ExistingBlob_ReplacesIt()
    {
        await _store.WriteAsync(BlobContainers.Results, "a/b.txt", new MemoryStream([1, 2, 3, 4]));
        await _store.WriteAsync(BlobContainers.Results, "a/b.txt", new MemoryStream([9]));

        await using var read = await _store.OpenReadAsync(BlobContainers.Results, "a/b.txt");
        Assert.Equal(9, read!.ReadByte());
        Assert.Equal(-1, read.ReadByte());
    }

    [Fact]
    public async Task WriteAsync_SourceThrowsMidway_LeavesNoBlobAndNoTempFile()
    {
        await Assert.ThrowsAsync<IOException>(() => _store.WriteAsync(BlobContainers.Temp, "job2/source.pdf", new FailingStream()));

        Assert.False(await _store.ExistsAsync(BlobContainers.Temp, "job2/source.pdf"));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_root, "temp"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task OpenReadAsync_MissingBlob_ReturnsNull()
    {
        Assert.Null(await _store.OpenReadAsync(BlobContainers.Temp, "nope/missing.pdf"));
        Assert.False(await _store.ExistsAsync(BlobContainers.Temp, "nope/missing.pdf"));
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
    public async Task WriteAsync_TraversalOrMalformedKey_Throws(string key)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _store.WriteAsync(BlobContainers.Temp, key, new MemoryStream([1])));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_root)!, "escape.txt")));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("Temp")]
    [InlineData("a/b")]
    public async Task ExistsAsync_InvalidContainer_Throws(string container) =>
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _store.ExistsAsync(container, "k"));

    [Fact]
    public async Task DeleteAsync_MissingBlob_DoesNotThrow()
    {
        await _store.DeleteAsync(BlobContainers.Temp, "never/written.pdf");
        await _store.WriteAsync(BlobContainers.Temp, "x/y.pdf", new MemoryStream([1]));
        await _store.DeleteAsync(BlobContainers.Temp, "x/y.pdf");

        Assert.False(await _store.ExistsAsync(BlobContainers.Temp, "x/y.pdf"));
    }

    [Fact]
    public async Task DeletePrefixAsync_JobPrefix_DeletesOnlyThatJobsBlobs()
    {
        foreach (var key in new[] { "job1/source.pdf", "job1/pages/1.json", "job1/pages/2.json", "job10/source.pdf", "job2/x.json" })
        {
            await _store.WriteAsync(BlobContainers.Temp, key, new MemoryStream([1]));
        }

        await _store.DeletePrefixAsync(BlobContainers.Temp, "job1/");

        Assert.False(await _store.ExistsAsync(BlobContainers.Temp, "job1/source.pdf"));
        Assert.False(await _store.ExistsAsync(BlobContainers.Temp, "job1/pages/2.json"));
        Assert.True(await _store.ExistsAsync(BlobContainers.Temp, "job10/source.pdf"));
        Assert.True(await _store.ExistsAsync(BlobContainers.Temp, "job2/x.json"));
        Assert.False(Directory.Exists(Path.Combine(_root, "temp", "job1")));
    }

    [Fact]
    public async Task DeletePrefixAsync_MissingContainer_DoesNotThrow() =>
        await _store.DeletePrefixAsync(BlobContainers.Results, "job9/");

    [Fact]
    public async Task IsHealthyAsync_WritableRoot_ReturnsTrueAndLeavesNothing()
    {
        Assert.True(await _store.IsHealthyAsync());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
    }

    private sealed class FailingStream : Stream
    {
        private int _reads;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_reads++ > 0)
            {
                throw new IOException("connection reset");
            }

            buffer[offset] = 42;
            return 1;
        }
    }
}
