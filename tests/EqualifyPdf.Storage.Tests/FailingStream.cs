namespace EqualifyPdf.Storage.Tests;

/// <summary>Yields <paramref name="goodBytes"/> bytes, then fails like a dropped client connection.</summary>
public sealed class FailingStream(int goodBytes = 1) : Stream
{
    private int _read;

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
        if (_read >= goodBytes)
        {
            throw new IOException("connection reset");
        }

        var n = Math.Min(count, goodBytes - _read);
        Array.Fill(buffer, (byte)42, offset, n);
        _read += n;
        return n;
    }
}
