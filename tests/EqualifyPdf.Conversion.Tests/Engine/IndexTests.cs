using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Tests.Engine;

/// <summary>Back-of-book indexes as Texinfo prints them (R manuals): leaders, several pages an entry, runs cut apart.</summary>
public sealed class IndexTests
{
    private const string Leader = ". . . . . . . . . . . . . . . . . . . . . . . . .";

    [Fact]
    public void Convert_IndexEntryOnSeveralPages_DropsEveryPageNumber()
    {
        // Page numbers are set flush right, so a list of them starts further left.
        var pdf = new TestPdf().Page()
            .Text(50, 60, "Index of functions", 16, TestPdf.Face.Bold)
            .Text(50, 100, "boxplot").Text(160, 100, Leader).Text(380, 100, "51")
            .Text(50, 116, "c").Text(160, 116, Leader).Text(331, 116, "8, 11, 27, 28")
            .Text(50, 132, "crossprod").Text(160, 132, Leader).Text(361.6, 132, "22, 23")
            .Text(50, 148, "hist").Text(160, 148, Leader).Text(380, 148, "12");

        var index = Assert.Single(Run.Pdf(pdf).Role(BlockRole.TableOfContents));

        Assert.Equal("Index", index.Text);
        Assert.Equal(["boxplot", "c", "crossprod", "hist"], index.Entries!.Select(e => e.Text));
    }

    [Fact]
    public void Convert_IndexRunWithRisingPagesAfterIndex_StaysTheIndex()
    {
        // The second page's run happens to have rising page numbers, which alone would read as a contents list.
        var pdf = new TestPdf().Page()
            .Text(50, 60, "Index of functions", 16, TestPdf.Face.Bold)
            .Text(50, 100, "abline").Text(160, 100, Leader).Text(380, 100, "72")
            .Text(50, 116, "ace").Text(160, 116, Leader).Text(380, 116, "60")
            .Text(50, 132, "add1").Text(160, 132, Leader).Text(380, 132, "58")
            .Page()
            .Text(50, 60, "boxplot").Text(160, 60, Leader).Text(380, 60, "40")
            .Text(50, 76, "break").Text(160, 76, Leader).Text(380, 76, "44")
            .Text(50, 92, "bruto").Text(160, 92, Leader).Text(380, 92, "61");

        var doc = Run.Pdf(pdf);
        var index = Assert.Single(doc.Role(BlockRole.TableOfContents));

        Assert.Equal("Index", index.Text);
        Assert.Equal(["abline", "ace", "add1", "boxplot", "break", "bruto"], index.Entries!.Select(e => e.Text));
        Assert.DoesNotContain("Table of contents", HtmlRenderer.Render(doc), StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_IndexColumnWithLetterHeads_IsOneIndexWithoutLeftoverLeaders()
    {
        // Texinfo prints a letter head before each letter's entries; one or two entries a letter are common.
        var pdf = new TestPdf().Page()
            .Text(50, 60, "Concept Index", 16, TestPdf.Face.Bold)
            .Text(50, 90, "A", 12, TestPdf.Face.Bold)
            .Text(50, 106, "abline").Text(160, 106, Leader).Text(380, 106, "72")
            .Text(50, 122, "ace").Text(160, 122, Leader).Text(380, 122, "60")
            .Text(50, 146, "M", 12, TestPdf.Face.Bold)
            .Text(50, 162, "Main type").Text(160, 162, Leader).Text(380, 162, "4")
            .Text(50, 186, "P", 12, TestPdf.Face.Bold)
            .Text(50, 202, "Porting").Text(160, 202, Leader).Text(380, 202, "1");

        var doc = Run.Pdf(pdf);
        var index = Assert.Single(doc.Role(BlockRole.TableOfContents));

        Assert.Equal(["abline", "ace", "Main type", "Porting"], index.Entries!.Select(e => e.Text));
        Assert.DoesNotContain(doc.Blocks(), b => b.Role != BlockRole.TableOfContents && b.Text.Contains(". . .", StringComparison.Ordinal));
    }

    [Fact]
    public void Convert_IndexOfOperators_KeepsEntriesWithoutLetters()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, "Function and variable index", 16, TestPdf.Face.Bold)
            .Text(50, 100, "!=").Text(160, 100, Leader).Text(380, 100, "10")
            .Text(50, 116, "%*%").Text(160, 116, Leader).Text(386.1, 116, "9")
            .Text(50, 132, "&&").Text(160, 132, Leader).Text(380, 132, "43")
            .Text(50, 148, "abline").Text(160, 148, Leader).Text(380, 148, "72");

        var index = Assert.Single(Run.Pdf(pdf).Role(BlockRole.TableOfContents));

        Assert.Equal(["!=", "%*%", "&&", "abline"], index.Entries!.Select(e => e.Text));
    }

    [Fact]
    public void Convert_IndexUnderRunningHeadWithPageNumber_IsStillAnIndex()
    {
        // The running head's page number sits at the right edge, where the index's page numbers end too.
        var pdf = new TestPdf().Page()
            .Text(50, 40, "Appendix D: Function and variable index").Text(380, 40, "104")
            .Text(50, 100, "optim").Text(160, 100, Leader).Text(386.1, 100, "64")
            .Text(50, 116, "order").Text(160, 116, Leader).Text(386.1, 116, "9")
            .Text(50, 132, "ordered").Text(160, 132, Leader).Text(386.1, 132, "18")
            .Text(50, 148, "outer").Text(160, 148, Leader).Text(386.1, 148, "23");

        var doc = Run.Pdf(pdf);
        var index = Assert.Single(doc.Role(BlockRole.TableOfContents));

        Assert.Equal(["optim", "order", "ordered", "outer"], index.Entries!.Select(e => e.Text));
    }
}
