using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Conversion.Ocr;

namespace EqualifyPdf.Conversion.Tests.Engine;

public sealed class ImageBoundsTests
{
    [Fact]
    public void Convert_ImageBeyondPixelBound_ThrowsTooLargeBeforeDecoding()
    {
        var pdf = new TestPdf().Page().Text(50, 60, "Site photograph").Png(Images.Png(300, 200), 50, 80, 350, 280);

        var ex = Assert.Throws<ConversionException>(() => Run.Pdf(pdf, new ConversionOptions { MaxImagePixels = 59_999 }));

        Assert.Equal(ConversionErrorKind.Corrupt, ex.Kind);
        Assert.Contains("too large to process safely", ex.Message, StringComparison.Ordinal);
        Assert.Contains("300 × 200", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_ImageWithinPixelBound_IsEmbedded()
    {
        var pdf = new TestPdf().Page().Text(50, 60, "Site photograph").Png(Images.Png(300, 200), 50, 80, 350, 280);

        var doc = Run.Pdf(pdf, new ConversionOptions { MaxImagePixels = 60_000 });

        Assert.Contains(doc.Blocks(), b => b.Role == BlockRole.Figure && b.Figure?.ImageDataUri != null);
    }

    [Fact]
    public void TryReadSize_Png_ReadsHeader()
    {
        Assert.True(ImageHeader.TryReadSize(Images.Png(17, 9), out var width, out var height));
        Assert.Equal((17, 9), (width, height));
    }

    [Fact]
    public void TryReadSize_JpegWithFrameAfterOtherSegments_ReadsFrame()
    {
        // SOI, an APP0 segment of 16 bytes, then SOF0: length 17, precision 8, height 0x0BB8 (3000), width 0x0FA0 (4000).
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. new byte[14], 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x0B, 0xB8, 0x0F, 0xA0, 0x03];

        Assert.True(ImageHeader.TryReadSize(jpeg, out var width, out var height));
        Assert.Equal((4000, 3000), (width, height));
    }

    [Theory]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF })]
    public void TryReadSize_UnknownOrCutShort_ReturnsFalse(byte[] bytes)
    {
        Assert.False(ImageHeader.TryReadSize(bytes, out _, out _));
    }

    [Fact]
    public void Recognize_ScanBeyondPixelBound_ThrowsTooLargeBeforeLeptonicaDecodes()
    {
        using var ocr = new OcrService("eng", maxPixels: 99);
        var scan = new Extraction.PageImage(0, 0, 100, 100, Images.Png(10, 10), "image/png");

        var ex = Assert.Throws<ConversionException>(() => ocr.Recognize(scan, 100, 100));

        Assert.Contains("too large to process safely", ex.Message, StringComparison.Ordinal);
    }
}
