using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Tests.Engine;

public sealed class StructureTests
{
    private const string Body = "Plain body text set in the regular face of the document for reading.";

    [Fact]
    public void Convert_HeadingSizes_GetLevelsByDocumentWideRank()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, "Course Title", 24, TestPdf.Face.Bold)
            .Text(50, 100, Body)
            .Text(50, 140, "Section One", 18, TestPdf.Face.Bold)
            .Text(50, 170, Body)
            .Text(50, 210, "Subsection", 14, TestPdf.Face.Bold)
            .Text(50, 240, Body)
            .Page()
            .Text(50, 60, "Section Two", 18, TestPdf.Face.Bold)
            .Text(50, 90, Body)
            .Text(50, 130, "Minor Point", 11, TestPdf.Face.Bold)
            .Text(50, 160, Body);

        var headings = Run.Pdf(pdf).Role(BlockRole.Heading).Select(h => (h.Level, h.Text)).ToList();

        Assert.Equal([(1, "Course Title"), (2, "Section One"), (3, "Subsection"), (2, "Section Two"), (3, "Minor Point")], headings);
    }

    [Fact]
    public void Convert_NumberedHeadings_UseNumberingDepth()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, "1 Introduction", 16, TestPdf.Face.Bold)
            .Text(50, 90, Body)
            .Text(50, 130, "1.1 Background", 16, TestPdf.Face.Bold)
            .Text(50, 160, Body)
            .Text(50, 200, "2 Method", 16, TestPdf.Face.Bold)
            .Text(50, 230, Body);

        var levels = Run.Pdf(pdf).Role(BlockRole.Heading).Select(h => h.Level).ToList();

        Assert.Equal([1, 2, 1], levels);
    }

    [Fact]
    public void Convert_BulletsWithIndentedSubItems_NestsListItems()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, "Bring the following items to every laboratory session:")
            .Text(60, 90, "•").Text(75, 90, "a laptop with Python installed")
            .Text(80, 105, "-").Text(95, 105, "version 3.12 or newer")
            .Text(60, 120, "•").Text(75, 120, "a notebook");

        var items = Run.Pdf(pdf).Role(BlockRole.ListItem);

        Assert.Equal(["a laptop with Python installed", "version 3.12 or newer", "a notebook"], items.Select(i => i.Text));
        Assert.Equal([0, 1, 0], items.Select(i => i.Level));
        Assert.All(items, i => Assert.False(i.Ordered));
    }

    [Fact]
    public void Convert_BulletsDrawnAsShapes_BecomeListItems()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, "Bring these:")
            .Dot(66, 86).Text(75, 90, "a laptop")
            .Dot(66, 104).Text(75, 108, "a notebook");

        var items = Run.Pdf(pdf).Role(BlockRole.ListItem);

        Assert.Equal(["a laptop", "a notebook"], items.Select(i => i.Text));
    }

    [Fact]
    public void Convert_NumberedItems_AreOrderedListItems()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, "The steps are:")
            .Lines(60, 80, ["1. Pick a pivot.", "2. Partition the array.", "3. Recurse on both halves."]);

        var items = Run.Pdf(pdf).Role(BlockRole.ListItem);

        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.True(i.Ordered));
        Assert.Equal("Partition the array.", items[1].Text);
    }

    [Fact]
    public void Convert_MonospaceLines_BecomeOneCodeBlockWithIndentation()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, Body)
            .Lines(50, 90, ["def mean(xs):", "    return sum(xs) / len(xs)"], 10, 12, TestPdf.Face.Mono);

        var code = Assert.Single(Run.Pdf(pdf).Role(BlockRole.Code));

        Assert.Equal("def mean(xs):\n    return sum(xs) / len(xs)", code.Text);
    }

    [Fact]
    public void Convert_CommandSynopsisInBodyFace_BecomesCode()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, Body)
            .Lines(50, 90, ["git stash list [<log-options>]", "git stash show [-u | --include-untracked] [<stash>]", "git stash drop [-q | --quiet] [<stash>]"]);

        var code = Assert.Single(Run.Pdf(pdf).Role(BlockRole.Code));

        Assert.StartsWith("git stash list [<log-options>]\ngit stash show", code.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_LinesOpeningWithTheSameWords_NotCutIntoColumnsAtTheirWordGaps()
    {
        // Six forms of one command line up their word gaps after "git" and "stash": a river, but of word spaces.
        string[] forms =
        [
            "git stash list [<log-options>]", "git stash show [-u | --include-untracked] [<stash>]", "git stash drop [-q | --quiet] [<stash>]",
            "git stash pop [--index] [-q | --quiet] [<stash>]", "git stash apply [--index] [-q | --quiet] [<stash>]", "git stash branch <branchname> [<stash>]",
        ];
        var pdf = new TestPdf().Page().Text(50, 60, Body).Lines(50, 90, forms);

        var code = Assert.Single(Run.Pdf(pdf).Role(BlockRole.Code));

        Assert.Equal(forms, code.Text.Split('\n'));
    }

    [Fact]
    public void Convert_ProseMentioningOptions_StaysParagraph()
    {
        var pdf = new TestPdf().Page()
            .Lines(50, 60, ["git is a version control system; its commands take options such as [-q] or", "[--index], which the manual explains one by one with examples and notes", "about the defaults each of them changes when it is given."]);

        Assert.Empty(Run.Pdf(pdf).Role(BlockRole.Code));
    }

    [Fact]
    public void Convert_BlockIndentedOnBothSides_IsQuote()
    {
        var pdf = new TestPdf().Page()
            .Lines(50, 60, ["This ordinary paragraph runs across the whole measure of the page, from", "the left margin to the right margin, as body text does in a document."])
            .Lines(90, 110, ["The purpose of an exercise is the practice it gives you, not the", "answer it produces."])
            .Lines(50, 160, ["Another ordinary paragraph follows and again runs across the measure,", "from the left margin to the right margin of the page."]);

        var quote = Assert.Single(Run.Pdf(pdf).Role(BlockRole.Quote));

        Assert.StartsWith("The purpose of an exercise", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_LinkAnnotation_AttachesAnchorTextAndUri()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 100, "See cs101.example.edu for details.")
            .Link("https://cs101.example.edu/", 68, 90, 150, 103);

        var block = Assert.Single(Run.Pdf(pdf).Blocks());

        var link = Assert.Single(block.Links!);
        Assert.Equal("https://cs101.example.edu/", link.Href);
        Assert.Contains(link.Text, block.Text, StringComparison.Ordinal);
        Assert.Contains("cs101.example.edu", link.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_ImageWithCaption_BecomesFigureWithAltFromCaption()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, Body)
            .Png(Images.Png(40, 30), 50, 80, 250, 230)
            .Text(50, 250, "Figure 3: Enrolment by year.");

        var doc = Run.Pdf(pdf);

        var figure = Assert.Single(doc.Role(BlockRole.Figure));
        Assert.Equal("Figure 3: Enrolment by year.", figure.Text);
        Assert.True(figure.Figure!.AltIsGenerated);
        Assert.Equal("Enrolment by year.", figure.Figure.AltText);
        Assert.StartsWith("data:image/png;base64,", figure.Figure.ImageDataUri, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Role(BlockRole.Paragraph), b => b.Text.StartsWith("Figure 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Convert_MetadataWithoutTitle_TakesTitleFromTopHeadingAndDefaultLanguage()
    {
        var pdf = new TestPdf().Page().Text(50, 60, "Lab Safety Rules", 24, TestPdf.Face.Bold).Text(50, 100, Body);

        var doc = Run.Pdf(pdf, new ConversionOptions { DefaultLanguage = "fr" });

        Assert.Equal("Lab Safety Rules", doc.Info.Title);
        Assert.Equal("fr", doc.Info.Language);
        Assert.Equal(1, doc.Info.PageCount);
    }
}
