using EqualifyPdf.Conversion.Tests.Quality.Scoring;

namespace EqualifyPdf.Conversion.Tests.Quality.ScoringTests;

public sealed class QualityScorerTests
{
    private static readonly GroundTruth Truth = new()
    {
        Name = "sample",
        Headings = [new(1, "Course"), new(2, "1 Intro"), new(2, "2 Method"), new(3, "2.1 Design")],
        ListItems = [new("first point", false, 0), new("second point", false, 0), new("nested", true, 1), new("last", false, 0)],
        Tables = [new("", [["Week", "Topic"], ["1", "Sorting"]])],
        Code = ["print(x)"],
        Figures = [new("Figure 1: Chart.", "chart")],
        Links = [new("site", "https://example.edu/a"), new("forum", "https://example.edu/b")],
        Quotes = ["Read twice."],
        Text = "Course 1 Intro first point second point nested last 2 Method Week Topic 1 Sorting print(x) "
            + "Figure 1: Chart. 2.1 Design",
    };

    private static ExtractedStructure Perfect() => new(
        Truth.Headings,
        Truth.ListItems.Select(i => i.Text).ToList(),
        ["Week", "Topic", "1", "Sorting"],
        ["print(x)"],
        ["Figure 1: Chart."],
        ["chart"],
        ["https://example.edu/a/", "https://example.edu/b"],
        ["Read twice."],
        Truth.Text);

    [Fact]
    public void Score_PerfectExtraction_IsOneEverywhere()
    {
        var s = QualityScorer.Score(Truth, Perfect());

        Assert.Equal(new QualityScores(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), s);
    }

    [Fact]
    public void Score_FlattenedHeadingLevels_LosesLevelMatchesButKeepsText()
    {
        var flat = Perfect() with { Headings = Truth.Headings.Select(h => h with { Level = 2 }).ToList() };

        var s = QualityScorer.Score(Truth, flat);

        Assert.Equal(0.5, s.HeadingF1, 10); // only the two real h2s survive
        Assert.Equal(1.0, s.HeadingTextF1);
    }

    [Fact]
    public void Score_ListItemMissingAndTableCellWrong_GivesKnownF1s()
    {
        var degraded = Perfect() with
        {
            ListItems = ["first point", "second point", "last"],
            TableCells = ["Week", "Topic", "1", "Sortng"],
        };

        var s = QualityScorer.Score(Truth, degraded);

        Assert.Equal(6.0 / 7.0, s.ListItemF1!.Value, 10);
        Assert.Equal(0.75, s.TableCellF1!.Value, 10);
    }

    [Fact]
    public void Score_LinkLostAndQuoteRenderedAsParagraph_HalvesLinkRecallAndZeroesQuoteRecall()
    {
        var degraded = Perfect() with { LinkTargets = ["https://example.edu/a"], Quotes = [] };

        var s = QualityScorer.Score(Truth, degraded);

        Assert.Equal(0.5, s.LinkRecall);
        Assert.Equal(0.0, s.QuoteRecall);
    }

    [Fact]
    public void Score_AuthorAltReplacedByCaption_HasZeroAltRecall()
    {
        var s = QualityScorer.Score(Truth, Perfect() with { FigureAlts = ["Figure 1: Chart."] });

        Assert.Equal(0.0, s.FigureAltRecall);
        Assert.Equal(1.0, s.FigureCaptionRecall);
    }

    [Fact]
    public void Score_RunningHeaderAndPageNumbersLeftInText_CountsEachLeak()
    {
        var withRunning = Truth with { Running = ["CS 101 · Fall 2026"] };
        var leaked = Perfect() with { Text = "CS 101 · Fall 2026 " + Truth.Text + " Page 1 of 2 CS 101 Fall 2026 page 2 of 2" };

        Assert.Equal(0, QualityScorer.Score(withRunning, Perfect()).RunningTextLeaks);
        Assert.Equal(4, QualityScorer.Score(withRunning, leaked).RunningTextLeaks);
    }

    [Fact]
    public void Score_TextWithDroppedAndMovedWords_LowersRecallAndOrder()
    {
        var words = TextTokens.Tokenize(Truth.Text).ToList();
        var moved = words.Skip(1).Append(words[0]).ToList(); // first word moved to the end
        var dropped = words.Take(words.Count - 2).ToList();   // last two words lost

        var sMoved = QualityScorer.Score(Truth, Perfect() with { Text = string.Join(' ', moved) });
        var sDropped = QualityScorer.Score(Truth, Perfect() with { Text = string.Join(' ', dropped) });

        Assert.Equal(1.0, sMoved.TextRecall);
        Assert.Equal(1.0 - 2.0 / words.Count, sMoved.ReadingOrder, 10);
        Assert.Equal(1.0 - 2.0 / words.Count, sDropped.TextRecall, 10);
        Assert.Equal(1.0 - 2.0 / words.Count, sDropped.ReadingOrder, 10);
    }

    [Fact]
    public void Score_DocumentWithoutTablesCodeOrFigures_LeavesThoseMetricsOut()
    {
        var plain = Truth with { Tables = [], Code = [], Figures = [], Links = [], Quotes = [] };

        var s = QualityScorer.Score(plain, Perfect());

        Assert.Null(s.TableCellF1);
        Assert.Null(s.CodeRecall);
        Assert.Null(s.FigureCaptionRecall);
        Assert.Null(s.FigureAltRecall);
        Assert.Null(s.LinkRecall);
        Assert.Null(s.QuoteRecall);
    }
}
