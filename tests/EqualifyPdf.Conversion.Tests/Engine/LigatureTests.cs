using EqualifyPdf.Conversion.Extraction;

namespace EqualifyPdf.Conversion.Tests.Engine;

public sealed class LigatureTests
{
    [Theory]
    [InlineData("modi\uFB01cations", "modifications")]
    [InlineData("\uFB00 \uFB02 \uFB03 \uFB04 \uFB05 \uFB06", "ff fl ffi ffl st st")]
    [InlineData("re\uFB02og of the di\uFB00-options", "reflog of the diff-options")]
    public void Expand_LatinLigatures_BecomeTheirLetters(string text, string expected) =>
        Assert.Equal(expected, Ligatures.Expand(text));

    [Fact]
    public void Expand_TextWithoutLigatures_SameInstance()
    {
        var text = "No Latin ligature here: œ, æ and ĳ are letters of their own";

        Assert.Same(text, Ligatures.Expand(text));
    }
}
