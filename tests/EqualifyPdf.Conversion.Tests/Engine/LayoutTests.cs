using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Tests.Engine;

public sealed class LayoutTests
{
    private static readonly string[] Left =
    [
        "Alpha one begins the left column and runs on",
        "alpha two continues the very same paragraph",
        "alpha three ends the left column paragraph.",
    ];

    private static readonly string[] Right =
    [
        "Beta one begins the right column and runs on",
        "beta two continues the very same paragraph",
        "beta three ends the right column paragraph.",
    ];

    [Fact]
    public void Convert_TwoColumnPage_ReadsLeftColumnBeforeRightColumn()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, "Two Columns", 22, TestPdf.Face.Bold)
            .Lines(50, 100, Left)
            .Lines(310, 100, Right);

        var text = string.Join(" ", Run.Pdf(pdf).Blocks().Select(b => b.Text));

        var order = new[] { "Two Columns", "alpha one", "alpha three", "Beta one", "beta three" }
            .Select(s => text.IndexOf(s, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Convert_FullWidthHeadingBetweenColumnBands_KeepsBandsInOrder()
    {
        var pdf = new TestPdf().Page()
            .Lines(50, 60, Left).Lines(310, 60, Right)
            .Text(50, 140, "Middle Heading", 16, TestPdf.Face.Bold)
            .Lines(50, 170, Left.Select(l => l.Replace("lpha", "LPHA", StringComparison.Ordinal)))
            .Lines(310, 170, Right.Select(l => l.Replace("eta", "ETA", StringComparison.Ordinal)));

        var text = string.Join(" ", Run.Pdf(pdf).Blocks().Select(b => b.Text));

        var order = new[] { "Alpha one", "Beta one", "Middle Heading", "ALPHA one", "BETA one" }
            .Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain(-1, order);
    }

    [Fact]
    public void Convert_RunningHeaderFooterAndPageNumbers_AreRemoved()
    {
        var pdf = new TestPdf();
        for (var p = 1; p <= 3; p++)
        {
            pdf.Page()
                .Text(50, 40, "Course Handbook 2026", 9)
                .Lines(50, 120, [$"Body text of page {p} says something useful here."])
                .Text(290, 810, $"{p}", 9);
        }

        var doc = Run.Pdf(pdf);

        var text = string.Join("\n", doc.Blocks().Select(b => b.Text));
        Assert.DoesNotContain("Course Handbook", text, StringComparison.Ordinal);
        Assert.All(doc.Blocks(), b => Assert.NotEqual("2", b.Text));
        Assert.Equal(3, doc.Blocks().Count(b => b.Text.StartsWith("Body text", StringComparison.Ordinal)));
    }

    [Fact]
    public void ExtractPageTexts_RunningFooter_IsKeptForPiiScanning()
    {
        var pdf = new TestPdf();
        for (var p = 1; p <= 2; p++)
        {
            pdf.Page().Text(50, 40, "Prepared by Jane Example", 9).Text(50, 120, $"Body of page {p}.");
        }

        using var stream = pdf.Stream();
        var texts = DocumentConverter.ExtractPageTexts(stream);

        Assert.Equal(2, texts.Count);
        Assert.All(texts, t => Assert.Contains("Jane Example", t, StringComparison.Ordinal));
        Assert.Contains("Body of page 2.", texts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_ParagraphBrokenByPage_MarksContinuation()
    {
        var pdf = new TestPdf()
            .Page().Lines(50, 780, ["The experiment ran for twelve weeks and the results were", "collected by the teaching assistants who then"])
            .Page().Lines(50, 80, ["entered them into the shared spreadsheet.", ""]);

        var doc = Run.Pdf(pdf);

        var second = doc.Pages[1].Blocks[0];
        Assert.Equal(BlockRole.Paragraph, second.Role);
        Assert.True(second.ContinuesPrevious);
        Assert.Contains("who then entered them", HtmlRenderer.Render(doc).Replace("<span id=\"page-2\" class=\"page-marker\" role=\"doc-pagebreak\" title=\"Page 2\"></span>", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_LinesOfOneParagraph_AreJoinedWithDehyphenation()
    {
        var pdf = new TestPdf().Page()
            .Lines(50, 100, ["A retrieval quiz helps students remember the mate-", "rial. Spaced practice helps with material too."]);

        var block = Assert.Single(Run.Pdf(pdf).Blocks());

        Assert.Equal("A retrieval quiz helps students remember the material. Spaced practice helps with material too.", block.Text);
    }

    [Fact]
    public void Convert_HyphenatedCompoundAtLineEnd_KeepsHyphen()
    {
        var pdf = new TestPdf().Page().Lines(50, 100, ["This is a state-of-the-", "art method for sorting."]);

        Assert.Contains("state-of-the-art", Assert.Single(Run.Pdf(pdf).Blocks()).Text, StringComparison.Ordinal);
    }
}
