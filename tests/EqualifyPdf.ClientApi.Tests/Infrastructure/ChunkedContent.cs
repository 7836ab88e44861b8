using System.Net.Http.Headers;

namespace EqualifyPdf.ClientApi.Tests.Infrastructure;

/// <summary>Request content of unknown length (a non-seekable stream), so it goes out chunked with no Content-Length.</summary>
internal static class ChunkedContent
{
    public static StreamContent From(byte[] body, MediaTypeHeaderValue? contentType)
    {
        var content = new StreamContent(new ForwardOnlyStream(new MemoryStream(body)));
        content.Headers.ContentType = contentType;
        return content;
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
