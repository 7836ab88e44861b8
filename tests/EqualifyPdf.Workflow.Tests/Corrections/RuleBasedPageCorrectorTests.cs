using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Workflow.Corrections;

namespace EqualifyPdf.Workflow.Tests.Corrections;

public sealed class RuleBasedPageCorrectorTests
{
    private static readonly BoundingBox Box = new(0, 0, 100, 10);
    private readonly RuleBasedPageCorrector _corrector = new();

    [Fact]
    public async Task CorrectAsync_LigaturesQuotesWhitespace_FixedAndEachRecorded()
    {
        var page = Page(Block("p1-b1", BlockRole.Paragraph, "The \uFB01nal \u201Creport\u201D\u00AD  is   here "));

        var result = await Correct(page);

        Assert.Equal("The final \"report\" is here", result.Page.Blocks[0].Text);
        Assert.Equal(
            [CorrectionReasons.Ligature, CorrectionReasons.Quotes, CorrectionReasons.Whitespace],
            result.Edits.Select(e => e.Reason));
        Assert.All(result.Edits, e => Assert.Equal((1, "p1-b1", RuleBasedPageCorrector.Name), (e.Page, e.Element, e.Corrector)));
        Assert.Equal("The \uFB01nal \u201Creport\u201D\u00AD  is   here ", result.Edits[0].Before);
        Assert.Equal(result.Edits[0].After, result.Edits[1].Before);
    }

    [Fact]
    public async Task CorrectAsync_CodeBlock_LeftUntouched()
    {
        var code = "if (x)  {\n    y = \u201Cz\u201D;\n}";
        var result = await Correct(Page(Block("p1-b1", BlockRole.Code, code)));

        Assert.Equal(code, result.Page.Blocks[0].Text);
        Assert.Empty(result.Edits);
    }

    [Fact]
    public async Task CorrectAsync_HeadingSkipsLevels_RaisedToNextLevel()
    {
        var page = Page(
            Block("p1-b1", BlockRole.Heading, "Intro") with { Level = 1 },
            Block("p1-b2", BlockRole.Heading, "Deep") with { Level = 4 },
            Block("p1-b3", BlockRole.Heading, "Deeper") with { Level = 5 },
            Block("p1-b4", BlockRole.Heading, "Back up") with { Level = 2 });

        var result = await Correct(page);

        Assert.Equal([1, 2, 3, 2], result.Page.Blocks.Select(b => b.Level));
        Assert.Equal(
            [("p1-b2", "h4", "h2"), ("p1-b3", "h5", "h3")],
            result.Edits.Select(e => (e.Element, e.Before, e.After)));
    }

    [Fact]
    public async Task CorrectAsync_HeadingAfterPreviousPageLevel_UsesCarriedLevel()
    {
        var page = Page(Block("p2-b1", BlockRole.Heading, "Continued") with { Level = 3 });

        var result = await _corrector.CorrectAsync(new PageCorrectionRequest("job", page, PreviousHeadingLevel: 2), CancellationToken.None);

        Assert.Equal(3, result.Page.Blocks[0].Level);
        Assert.Empty(result.Edits);
    }

    [Fact]
    public async Task CorrectAsync_GeneratedAltWithCaption_AltTakenFromCaption()
    {
        var figure = Block("p1-b1", BlockRole.Figure, "Figure 3: Enrolment by year, 2019\u20132024.") with
        {
            Figure = new FigureInfo("image1.png", AltIsGenerated: true, null),
        };

        var result = await Correct(Page(figure));

        Assert.Equal("Enrolment by year, 2019\u20132024", result.Page.Blocks[0].Figure!.AltText);
        var edit = Assert.Single(result.Edits, e => e.Reason == CorrectionReasons.AltTextFromCaption);
        Assert.Equal(("image1.png", "Enrolment by year, 2019\u20132024"), (edit.Before, edit.After));
    }

    [Fact]
    public async Task CorrectAsync_GeneratedAltCaptionInNextParagraph_AltTakenFromIt()
    {
        var figure = Block("p1-b1", BlockRole.Figure, "") with { Figure = new FigureInfo("", AltIsGenerated: true, null) };
        var caption = Block("p1-b2", BlockRole.Paragraph, "Fig. 2 \u2014 The water cycle");

        var result = await Correct(Page(figure, caption));

        Assert.Equal("The water cycle", result.Page.Blocks[0].Figure!.AltText);
    }

    [Fact]
    public async Task CorrectAsync_PlaceholderAltNoCaption_FlaggedAndScoreLowered()
    {
        var figure = Block("p1-b1", BlockRole.Figure, "") with { Figure = new FigureInfo("Image 4", AltIsGenerated: true, null) };

        var result = await Correct(Page(figure));

        var edit = Assert.Single(result.Edits);
        Assert.Equal((CorrectionReasons.AltTextMissing, "Image 4", "Image 4"), (edit.Reason, edit.Before, edit.After));
        Assert.Equal(0.9, result.Score, 3);
    }

    [Fact]
    public async Task CorrectAsync_LowConfidenceBlock_FlaggedNotChanged()
    {
        var page = Page(Block("p1-b1", BlockRole.Paragraph, "Blurry text") with { Confidence = 0.4 }, Block("p1-b2", BlockRole.Paragraph, "Clear"));

        var result = await Correct(page);

        var edit = Assert.Single(result.Edits);
        Assert.Equal((CorrectionReasons.LowConfidence, "Blurry text", "Blurry text"), (edit.Reason, edit.Before, edit.After));
        Assert.Equal(0.7, result.Score, 3);
        Assert.Equal(ConfidenceLevels.Medium, ConfidenceLevels.For(result.Score));
    }

    [Fact]
    public async Task CorrectAsync_PageNeededOcr_ScoreIsLow()
    {
        var page = Page(Block("p1-b1", BlockRole.Paragraph, "")) with { TextSource = PageTextSource.NotOcred };

        var result = await Correct(page);

        Assert.Equal(ConfidenceLevels.Low, ConfidenceLevels.For(result.Score));
    }

    [Fact]
    public async Task CorrectAsync_SameInputTwice_SameOutput()
    {
        var page = Page(Block("p1-b1", BlockRole.Heading, "\u201CQuoted\u201D  title") with { Level = 3 });

        var first = await Correct(page);
        var second = await Correct(page);

        Assert.Equal(first.Edits, second.Edits);
        Assert.Equal(first.Page.Blocks, second.Page.Blocks);
    }

    [Fact]
    public async Task CorrectAsync_TableCells_CleanedWithCellElementIds()
    {
        var table = Block("p1-b1", BlockRole.Table, "Grades") with
        {
            Rows = [new TableRow([new TableCell("  Na\uFB01sa "), new TableCell("A")], IsHeader: false)],
        };

        var result = await Correct(Page(table));

        Assert.Equal("Nafisa", result.Page.Blocks[0].Rows![0].Cells[0].Text);
        Assert.All(result.Edits, e => Assert.Equal("p1-b1/r1c1", e.Element));
    }

    private Task<PageCorrection> Correct(PageModel page) =>
        _corrector.CorrectAsync(new PageCorrectionRequest("job", page, 0), CancellationToken.None);

    private static PageModel Page(params Block[] blocks) => new(1, 612, 792, blocks, PageTextSource.TextLayer);

    private static Block Block(string id, BlockRole role, string text) => new() { Id = id, Role = role, Page = 1, Box = Box, Text = text };
}
