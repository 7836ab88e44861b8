namespace EqualifyPdf.ClientApi.Uploads;

/// <summary>
/// Replays the already-sniffed first bytes of an upload, then the rest of the request section, and fails with
/// <see cref="UploadTooLargeException"/> as soon as more than the limit has passed through — so an oversized
/// upload is cut off while streaming instead of after it has been stored.
/// </summary>
internal sealed class BoundedUploadStream(ReadOnlyMemory<byte> prefix, Stream inner, long maxBytes) : Stream
{
    private ReadOnlyMemory<byte> _prefix = prefix;
    private long _total;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _total; set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        if (!_prefix.IsEmpty)
        {
            read = Math.Min(buffer.Length, _prefix.Length);
            _prefix[..read].CopyTo(buffer);
            _prefix = _prefix[read..];
        }
        else
        {
            read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        _total += read;
        if (_total > maxBytes)
        {
            throw new UploadTooLargeException(maxBytes);
        }

        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
