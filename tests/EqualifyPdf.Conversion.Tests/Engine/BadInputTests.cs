using System.Diagnostics;

namespace EqualifyPdf.Conversion.Tests.Engine;

public sealed class BadInputTests
{
    private static ConversionException Fails(byte[] bytes, ConversionOptions? options = null)
    {
        var watch = Stopwatch.StartNew();
        var ex = Assert.Throws<ConversionException>(() => Run.Bytes(bytes, options));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "bad input must fail fast");
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        return ex;
    }

    [Fact]
    public void Convert_EncryptedWithoutPassword_ThrowsEncrypted()
    {
        var ex = Fails(RawPdf.Encrypted());

        Assert.Equal(ConversionErrorKind.Encrypted, ex.Kind);
        Assert.Contains("password", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Convert_NotAPdf_ThrowsCorrupt()
    {
        Assert.Equal(ConversionErrorKind.Corrupt, Fails("this is a shopping list, not a PDF"u8.ToArray()).Kind);
    }

    [Fact]
    public void Convert_TruncatedPdf_ThrowsCorrupt()
    {
        var whole = new TestPdf().Page().Text(50, 60, "Some text on a page that will be cut off.").Build();

        var ex = Fails(whole[..(whole.Length / 3)]);

        Assert.Equal(ConversionErrorKind.Corrupt, ex.Kind);
    }

    [Fact]
    public void Convert_EmptyFile_ThrowsEmpty()
    {
        Assert.Equal(ConversionErrorKind.Empty, Fails([]).Kind);
    }

    [Fact]
    public void Convert_ZeroPages_ThrowsEmpty()
    {
        Assert.Equal(ConversionErrorKind.Empty, Fails(RawPdf.ZeroPages()).Kind);
    }

    [Fact]
    public void Convert_MorePagesThanLimit_ThrowsTooManyPagesNamingTheLimit()
    {
        var pdf = new TestPdf().Page().Text(50, 60, "one").Page().Text(50, 60, "two").Page().Text(50, 60, "three").Build();

        var ex = Fails(pdf, new ConversionOptions { MaxPages = 2 });

        Assert.Equal(ConversionErrorKind.TooManyPages, ex.Kind);
        Assert.Contains("3 pages", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_TimeBudgetSpent_ThrowsTimedOut()
    {
        var pdf = new TestPdf().Page().Text(50, 60, "fine").Build();

        var ex = Fails(pdf, new ConversionOptions { Timeout = TimeSpan.Zero });

        Assert.Equal(ConversionErrorKind.TimedOut, ex.Kind);
    }

    [Fact]
    public void ExtractPageTexts_Encrypted_ThrowsEncrypted()
    {
        using var stream = new MemoryStream(RawPdf.Encrypted());

        Assert.Equal(ConversionErrorKind.Encrypted, Assert.Throws<ConversionException>(() => DocumentConverter.ExtractPageTexts(stream)).Kind);
    }
}
