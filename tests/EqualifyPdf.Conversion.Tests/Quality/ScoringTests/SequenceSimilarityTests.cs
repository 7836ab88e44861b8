using EqualifyPdf.Conversion.Tests.Quality.Scoring;

namespace EqualifyPdf.Conversion.Tests.Quality.ScoringTests;

public sealed class SequenceSimilarityTests
{
    [Fact]
    public void EditSimilarity_SameSequence_IsOne()
    {
        string[] words = ["left", "column", "then", "right", "column"];

        Assert.Equal(1.0, SequenceSimilarity.EditSimilarity(words, words));
    }

    [Fact]
    public void EditSimilarity_OneOfTenWordsDropped_IsNineTenths()
    {
        var expected = Enumerable.Range(0, 10).Select(i => $"w{i}").ToList();
        var actual = expected.Where(w => w != "w4").ToList();

        Assert.Equal(0.9, SequenceSimilarity.EditSimilarity(expected, actual), 10);
    }

    [Fact]
    public void EditSimilarity_ColumnsReadAcrossInsteadOfDown_IsHalf()
    {
        // Two columns of two lines each: reading line by line across the page interleaves them.
        string[] down = ["l1", "l2", "r1", "r2"];
        string[] across = ["l1", "r1", "l2", "r2"];

        Assert.Equal(0.5, SequenceSimilarity.EditSimilarity(down, across), 10);
    }

    [Fact]
    public void Distance_ClassicExample_IsThree()
    {
        Assert.Equal(3, SequenceSimilarity.Distance(["k", "i", "t", "t", "e", "n"], ["s", "i", "t", "t", "i", "n", "g"]));
    }

    [Fact]
    public void EditSimilarity_BothEmpty_IsOneAndOneSideEmpty_IsZero()
    {
        Assert.Equal(1.0, SequenceSimilarity.EditSimilarity([], []));
        Assert.Equal(0.0, SequenceSimilarity.EditSimilarity(["a", "b"], []));
    }
}
