using EqualifyPdf.Conversion.Tests.Quality.Scoring;

namespace EqualifyPdf.Conversion.Tests.Quality.ScoringTests;

public sealed class MatchScoreTests
{
    [Fact]
    public void Of_IdenticalMultisets_IsPerfect()
    {
        var score = MatchScore.Of(["a", "b", "b"], ["b", "a", "b"]);

        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void Of_OneOfFourMissing_HasRecallThreeQuartersAndF1SixSevenths()
    {
        var score = MatchScore.Of(["a", "b", "c", "d"], ["a", "b", "c"]);

        Assert.Equal(1.0, score.Precision);
        Assert.Equal(0.75, score.Recall);
        Assert.Equal(6.0 / 7.0, score.F1, 10);
    }

    [Fact]
    public void Of_DuplicateProducedTwice_CountsOnlyOnce()
    {
        var score = MatchScore.Of(["a", "b"], ["a", "a", "b"]);

        Assert.Equal(2, score.Matched);
        Assert.Equal(2.0 / 3.0, score.Precision, 10);
        Assert.Equal(1.0, score.Recall);
    }

    [Fact]
    public void Of_BothEmpty_IsPerfectAndNothingProduced_IsZero()
    {
        Assert.Equal(1.0, MatchScore.Of([], []).F1);
        Assert.Equal(0.0, MatchScore.Of(["a"], []).F1);
    }
}
