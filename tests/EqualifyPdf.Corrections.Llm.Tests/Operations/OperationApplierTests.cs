using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Corrections.Llm.Operations;
using static EqualifyPdf.Corrections.Llm.Tests.Fake.LlmHarness;

namespace EqualifyPdf.Corrections.Llm.Tests.Operations;

public sealed class OperationApplierTests
{
    private static readonly OperationContext NoContext = new(1, null);

    private static OperationOutcome Apply(PageModel page, params EditOperation[] ops) => OperationApplier.Apply(page, ops, NoContext);

    [Fact]
    public void Apply_UnknownIdAndUnknownOperation_Rejected()
    {
        var page = Page(1, PageTextSource.TextLayer, Text("p1-b1", BlockRole.Paragraph, "Text"));

        var outcome = Apply(page, new EditOperation { Op = "set_role", Id = "p2-b1", Role = "quote" }, new EditOperation { Op = "rewrite", Id = "p1-b1" });

        Assert.Equal([RejectionCodes.UnknownId, RejectionCodes.UnknownOperation], outcome.Rejected.Select(r => r.Code));
        Assert.Equal(page.Blocks, outcome.Page.Blocks);
    }

    [Fact]
    public void Apply_TextEditOnTextLayerOrBeyondBound_Rejected()
    {
        var page = Page(1, PageTextSource.Ocr, Text("p1-b1", BlockRole.Paragraph, "Tbe rneeting is at noon", confidence: 0.9));

        var outcome = Apply(page,
            new EditOperation { Op = "fix_ocr_text", Id = "p1-b1", Text = "The meeting is at noon" },
            new EditOperation { Op = "fix_ocr_text", Id = "p1-b1", Text = "The meeting is cancelled, see the new syllabus" });
        var textLayer = Apply(page with { TextSource = PageTextSource.TextLayer }, new EditOperation { Op = "fix_ocr_text", Id = "p1-b1", Text = "The meeting is at noon" });

        Assert.Equal("The meeting is at noon", outcome.Page.Blocks[0].Text);
        Assert.Equal(RejectionCodes.EditTooLarge, Assert.Single(outcome.Rejected).Code);
        Assert.Equal(RejectionCodes.NotOcrText, Assert.Single(textLayer.Rejected).Code);
    }

    [Fact]
    public void Apply_LevelSkipAndContradictoryLevels_Rejected()
    {
        var page = Page(1, PageTextSource.TextLayer, Text("p1-b1", BlockRole.Heading, "A", level: 2), Text("p1-b2", BlockRole.Heading, "B", level: 2));

        var outcome = Apply(page,
            new EditOperation { Op = "set_heading_level", Id = "p1-b1", Level = 4 },
            new EditOperation { Op = "set_heading_level", Id = "p1-b2", Level = 1 },
            new EditOperation { Op = "set_heading_level", Id = "p1-b2", Level = 3 });

        Assert.Equal([RejectionCodes.BadLevel, RejectionCodes.Contradictory, RejectionCodes.Contradictory], outcome.Rejected.Select(r => r.Code));
        Assert.Equal([2, 2], outcome.Page.Blocks.Select(b => b.Level));
    }

    [Fact]
    public void Apply_MergeSplitAltAndSeam_AppliedWhenValid()
    {
        var figure = Text("p2-b4", BlockRole.Figure, "", page: 2) with { Figure = new FigureInfo("image1.png", true, null) };
        var page = Page(2, PageTextSource.TextLayer,
            Text("p2-b1", BlockRole.Paragraph, "continued from the previous page.", page: 2),
            Text("p2-b2", BlockRole.Paragraph, "First half", page: 2),
            Text("p2-b3", BlockRole.Paragraph, "second half. Next sentence.", page: 2),
            figure);
        var context = new OperationContext(1, Text("p1-b9", BlockRole.Paragraph, "A sentence that is"));

        var outcome = OperationApplier.Apply(page, [
            new EditOperation { Op = "join_across_seam", Id = "p2-b1" },
            new EditOperation { Op = "merge_blocks", Ids = ["p2-b2", "p2-b3"] },
            new EditOperation { Op = "split_block", Id = "p2-b2", At = 23 },
            new EditOperation { Op = "alt_text", Id = "p2-b4", Alt = new string('x', 251) },
            new EditOperation { Op = "alt_text", Id = "p2-b4", Alt = "Bar chart of enrolment by year, rising from 120 to 310." },
            new EditOperation { Op = "merge_blocks", Ids = ["p2-b1", "p2-b4"] },
        ], context);

        Assert.True(outcome.Page.Blocks[0].ContinuesPrevious);
        Assert.Equal(["p2-b1", "p2-b2", "p2-b2-s", "p2-b4"], outcome.Page.Blocks.Select(b => b.Id));
        Assert.Equal(["First half second half.", "Next sentence."], outcome.Page.Blocks.Skip(1).Take(2).Select(b => b.Text));
        Assert.Equal("Bar chart of enrolment by year, rising from 120 to 310.", outcome.Page.Blocks[3].Figure!.AltText);
        Assert.Equal([RejectionCodes.BadValue, RejectionCodes.NotMergeable], outcome.Rejected.Select(r => r.Code));
        Assert.Equal(4, outcome.Applied.Count);
    }

    [Fact]
    public void Parse_FencedOrBrokenAnswers_ReadsOnlyTheSchema()
    {
        Assert.Single(OperationParser.Parse("```json\n{\"operations\":[{\"op\":\"decorative\",\"id\":\"p1-b1\",\"reason\":\"x\"}]}\n```")!);
        Assert.Empty(OperationParser.Parse("{\"operations\":[]}")!);
        Assert.Null(OperationParser.Parse("{\"operations\": [ {\"op\": "));
        Assert.Null(OperationParser.Parse("No changes needed."));
        Assert.Null(OperationParser.Parse("{\"changes\": []}"));
    }
}
