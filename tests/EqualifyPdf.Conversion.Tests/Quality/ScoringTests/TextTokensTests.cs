using EqualifyPdf.Conversion.Tests.Quality.Scoring;

namespace EqualifyPdf.Conversion.Tests.Quality.ScoringTests;

public sealed class TextTokensTests
{
    [Fact]
    public void Tokenize_PunctuationLigaturesAndCase_YieldsPlainLowerCaseWords()
    {
        var tokens = TextTokens.Tokenize("2.3 The ﬁrst Sort—n² steps, (stable).");

        Assert.Equal(["2", "3", "the", "first", "sort", "n2", "steps", "stable"], tokens);
    }

    [Fact]
    public void Tokenize_NullOrBlank_IsEmpty()
    {
        Assert.Empty(TextTokens.Tokenize(null));
        Assert.Empty(TextTokens.Tokenize("  — \n "));
    }

    [Fact]
    public void Key_DifferentSpacingAndPunctuation_IsEqual()
    {
        Assert.Equal(TextTokens.Key("Table 1:  Grade\ncomponents"), TextTokens.Key("table 1 grade components"));
    }
}
