namespace EqualifyPdf.Conversion.Tests.Engine;

/// <summary>
/// The converter reads a seekable stream straight into one array of its length (no growing copy); these pin that the
/// bytes it converts are the same as through a plain copy, from the stream's position to its end.
/// </summary>
public sealed class InputStreamTests
{
    private static readonly byte[] Pdf = new TestPdf().Page().Text(50, 60, "Stream reading keeps every byte.").Build();

    [Fact]
    public void Convert_SeekableAndForwardOnlyStreams_GiveTheSameHtml()
    {
        using var seekable = new MemoryStream(Pdf);
        using var forwardOnly = new ForwardOnlyStream(Pdf);

        var fromSeekable = HtmlRenderer.Render(DocumentConverter.Convert(seekable));
        var fromForwardOnly = HtmlRenderer.Render(DocumentConverter.Convert(forwardOnly));

        Assert.Contains("Stream reading keeps every byte.", fromSeekable, StringComparison.Ordinal);
        Assert.Equal(fromForwardOnly, fromSeekable);
    }

    [Fact]
    public void Convert_StreamPositionedAfterAPrefix_ReadsFromThePosition()
    {
        var prefix = "not part of the PDF\n"u8.ToArray();
        using var stream = new MemoryStream([.. prefix, .. Pdf]) { Position = prefix.Length };

        var model = DocumentConverter.Convert(stream);

        Assert.Equal(1, model.Info.PageCount);
        Assert.Equal(stream.Length, stream.Position);
    }

    [Fact]
    public void Convert_StreamAlreadyAtItsEnd_ThrowsEmpty()
    {
        using var stream = new MemoryStream(Pdf) { Position = Pdf.Length };

        Assert.Equal(ConversionErrorKind.Empty, Assert.Throws<ConversionException>(() => DocumentConverter.Convert(stream)).Kind);
    }

    /// <summary>A network-like stream: no length, no seeking, short reads.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 1000), bytes.Length - position);
            Array.Copy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
