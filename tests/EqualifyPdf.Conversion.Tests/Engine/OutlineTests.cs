using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Conversion.Structure;

namespace EqualifyPdf.Conversion.Tests.Engine;

/// <summary>Tables of contents, heading levels from numbering, and code kept as code (issue 14).</summary>
public sealed class OutlineTests
{
    private const string Body = "Plain body text set in the regular face of the document for reading.";
    private const string Leader = ". . . . . . . . . . . . . . . . . . . . . . . .";

    [Fact]
    public void Convert_PrintedTableOfContents_BecomesLinkedNavNotTableOrHeadings()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, "Contents", 16, TestPdf.Face.Bold)
            .Text(50, 100, "1 Introduction", 11, TestPdf.Face.Bold).Text(400, 100, "2", 11, TestPdf.Face.Bold)
            .Text(65, 116, "1.1 Background").Text(200, 116, Leader).Text(400, 116, "2")
            .Text(65, 132, "1.2 Scope").Text(200, 132, Leader).Text(400, 132, "2")
            .Text(50, 148, "2 Method", 11, TestPdf.Face.Bold).Text(400, 148, "3", 11, TestPdf.Face.Bold)
            .Page()
            .Text(50, 60, "1 Introduction", 16, TestPdf.Face.Bold).Text(50, 90, Body)
            .Text(50, 130, "1.1 Background", 13, TestPdf.Face.Bold).Text(50, 160, Body)
            .Text(50, 200, "1.2 Scope", 13, TestPdf.Face.Bold).Text(50, 230, Body)
            .Page()
            .Text(50, 60, "2 Method", 16, TestPdf.Face.Bold).Text(50, 90, Body);

        var doc = Run.Pdf(pdf);
        var toc = Assert.Single(doc.Role(BlockRole.TableOfContents));
        var html = HtmlRenderer.Render(doc);
        var markdown = MarkdownRenderer.Render(doc);

        Assert.Equal([("1 Introduction", 1), ("1.1 Background", 2), ("1.2 Scope", 2), ("2 Method", 1)], toc.Entries!.Select(e => (e.Text, e.Level)));
        Assert.Empty(doc.Role(BlockRole.Table));
        Assert.Equal([(1, "1 Introduction"), (2, "1.1 Background"), (2, "1.2 Scope"), (1, "2 Method")], doc.Role(BlockRole.Heading).Select(h => (h.Level, h.Text)));
        Assert.Contains("<nav aria-label=\"Table of contents\"><ul><li><a href=\"#", html, StringComparison.Ordinal);
        var target = doc.Role(BlockRole.Heading)[1].Id;
        Assert.Contains($"<a href=\"#{target}\">1.1 Background</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<h2 id=\"{target}\">1.1 Background</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(". . .", html, StringComparison.Ordinal);
        Assert.Contains("- [1 Introduction](#1-introduction)\n  - [1.1 Background](#11-background)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_NamesWithFallingNumbers_AreNotATableOfContents()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, Body)
            .Text(50, 100, "Apples").Text(400, 100, "40")
            .Text(50, 116, "Pears").Text(400, 116, "12")
            .Text(50, 132, "Plums").Text(400, 132, "7")
            .Text(50, 148, "Cherries").Text(400, 148, "3");

        Assert.Empty(Run.Pdf(pdf).Role(BlockRole.TableOfContents));
    }

    [Fact]
    public void Convert_SectionPrintedAlone_KeepsItsNumberingLevel()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, "8.3 Character Types", 16, TestPdf.Face.Bold).Text(50, 90, Body)
            .Text(50, 130, "8.3.1 Fixed Length", 13, TestPdf.Face.Bold).Text(50, 160, Body)
            .Text(50, 200, "Tip", 13, TestPdf.Face.Bold).Text(50, 230, Body);

        var headings = Run.Pdf(pdf).Role(BlockRole.Heading).Select(h => (h.Level, h.Text)).ToList();

        Assert.Equal([(2, "8.3 Character Types"), (3, "8.3.1 Fixed Length"), (3, "Tip")], headings);
    }

    [Theory]
    [InlineData("1.2.3 Results", 3)]
    [InlineData("A.1 Proofs", 2)]
    [InlineData("Chapter 3 Results", 1)]
    [InlineData("Appendix B Tables", 1)]
    [InlineData("A Word About Names", 0)]
    [InlineData("2024 was a good year", 0)]
    public void NumberingDepth_HeadingNumbers_GiveDepth(string text, int depth)
    {
        Assert.Equal(depth, ListMarkers.NumberingDepth(text));
    }

    [Fact]
    public void Convert_IndentedMonospaceSession_IsOneCodeBlockWithIndentationNotATable()
    {
        // Courier at 11 pt: 6.6 pt per character. Indentation is a gap in x, not space glyphs, as in verbatim output.
        const double cell = 6.6;
        var pdf = new TestPdf().Page()
            .Text(50, 60, Body)
            .Text(50, 100, ">>> def area(w, h):", 11, TestPdf.Face.Mono)
            .Text(50, 114, "...", 11, TestPdf.Face.Mono).Text(50 + (8 * cell), 114, "return w * h", 11, TestPdf.Face.Mono)
            .Text(50, 128, "...", 11, TestPdf.Face.Mono)
            .Text(50, 142, ">>> for w in (1, 2):", 11, TestPdf.Face.Mono)
            .Text(50, 156, "...", 11, TestPdf.Face.Mono).Text(50 + (8 * cell), 156, "print(area(w, 3))", 11, TestPdf.Face.Mono)
            .Text(50, 170, "3", 11, TestPdf.Face.Mono)
            .Text(50, 184, "6", 11, TestPdf.Face.Mono);

        var doc = Run.Pdf(pdf);
        var code = Assert.Single(doc.Role(BlockRole.Code));

        Assert.Empty(doc.Role(BlockRole.Table));
        Assert.Contains("...     return w * h", code.Text, StringComparison.Ordinal);
        Assert.Contains("...     print(area(w, 3))", code.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_BooktabsTableUnderHeading_IsTableWithRuledHeaderAndHeadingKept()
    {
        // Three horizontal rules and aligned columns, no vertical rules, header in the regular face.
        var pdf = new TestPdf().Page()
            .Text(50, 60, Body)
            .Text(50, 100, "2.1 Results", 12, TestPdf.Face.Bold)
            .Text(50, 120, "Table 1: Sorting times")
            .Rule(50, 128, 400, 128)
            .Text(60, 142, "Method").Text(200, 142, "Seconds").Text(320, 142, "Memory")
            .Rule(50, 148, 400, 148)
            .Text(60, 162, "Quicksort").Text(200, 162, "1.2").Text(320, 162, "low")
            .Text(60, 176, "Merge sort").Text(200, 176, "1.5").Text(320, 176, "high")
            .Text(60, 190, "Heap sort").Text(200, 190, "1.9").Text(320, 190, "low")
            .Rule(50, 196, 400, 196)
            .Text(50, 230, Body);

        var doc = Run.Pdf(pdf);
        var table = Assert.Single(doc.Role(BlockRole.Table));

        Assert.Equal(["Method", "Seconds", "Memory"], table.Rows![0].Cells.Select(c => c.Text));
        Assert.True(table.Rows[0].IsHeader);
        Assert.All(table.Rows.Skip(1), r => Assert.False(r.IsHeader));
        Assert.Equal(4, table.Rows.Count);
        Assert.Contains(doc.Role(BlockRole.Heading), h => h.Text == "2.1 Results");
    }

    [Fact]
    public void Convert_UnruledTableWithoutRuleOrWeight_GetsNoGuessedHeaderRow()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, Body)
            .Text(60, 100, "Quicksort").Text(200, 100, "1.2").Text(320, 100, "low")
            .Text(60, 114, "Merge sort").Text(200, 114, "1.5").Text(320, 114, "high")
            .Text(60, 128, "Heap sort").Text(200, 128, "1.9").Text(320, 128, "low")
            .Text(50, 170, Body);

        var table = Assert.Single(Run.Pdf(pdf).Role(BlockRole.Table));

        Assert.Equal(3, table.Rows!.Count);
        Assert.All(table.Rows, r => Assert.False(r.IsHeader));
    }

    [Fact]
    public void Convert_RunInBoldHeading_IsHeadingBelowTheSectionAndTextStaysParagraph()
    {
        // LaTeX \paragraph: a bold title, a 1 em gap, then the paragraph's text on the same line and below it.
        var pdf = new TestPdf().Page()
            .Text(50, 60, "1 Building", 16, TestPdf.Face.Bold).Text(50, 90, Body)
            .Text(50, 130, "1.1 From source", 13, TestPdf.Face.Bold).Text(50, 160, Body)
            .Text(50, 200, "Compile and install", 11, TestPdf.Face.Bold).Text(175, 200, "Run the configure script first, then make and make")
            .Text(50, 214, "install as root; the programs go to /usr/local by default.");

        var doc = Run.Pdf(pdf);
        var headings = doc.Role(BlockRole.Heading).Select(h => (h.Level, h.Text)).ToList();

        Assert.Equal([(1, "1 Building"), (2, "1.1 From source"), (3, "Compile and install")], headings);
        Assert.Contains(doc.Role(BlockRole.Paragraph), p => p.Text.StartsWith("Run the configure script first", StringComparison.Ordinal)
            && p.Text.Contains("/usr/local by default.", StringComparison.Ordinal));
    }

    [Fact]
    public void Convert_IndexWithLeadersAndUnorderedPages_IsIndexNavNotParagraphs()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, "Index of functions", 16, TestPdf.Face.Bold)
            .Text(50, 100, "boxplot").Text(200, 100, Leader).Text(400, 100, "51")
            .Text(50, 116, "c").Text(200, 116, Leader).Text(400, 116, "8")
            .Text(50, 132, "data.frame").Text(200, 132, Leader).Text(400, 132, "30")
            .Text(50, 148, "hist").Text(200, 148, Leader).Text(400, 148, "12");

        var doc = Run.Pdf(pdf);
        var index = Assert.Single(doc.Role(BlockRole.TableOfContents));

        Assert.Equal("Index", index.Text);
        Assert.Equal(["boxplot", "c", "data.frame", "hist"], index.Entries!.Select(e => e.Text));
        Assert.DoesNotContain(doc.Role(BlockRole.Paragraph), p => p.Text.Contains(". . .", StringComparison.Ordinal));
        Assert.Contains("<nav aria-label=\"Index\">", HtmlRenderer.Render(doc), StringComparison.Ordinal);
    }
}
