using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Tests.Engine;

/// <summary>Headings told from bold paragraphs and notes on untagged pages, in the ways LaTeX and Pandoc print them.</summary>
public sealed class HeadingEvidenceTests
{
    private const string Body = "Plain body text set in the regular face of the document for reading.";

    [Fact]
    public void Convert_BoldHeadingWithInlineCode_IsHeadingApartFromItsParagraph()
    {
        // LaTeX has no bold typewriter face: "\subsubsection{4.9.1. \texttt{debian/rules} and ...}" mixes faces.
        var pdf = new TestPdf().Page()
            .Text(50, 60, "4. Source packages", 16, TestPdf.Face.Bold)
            .Lines(50, 90, [Body, Body, Body])
            .Text(50, 150, "4.9. Main building script", 13, TestPdf.Face.Bold)
            .Lines(50, 175, [Body, Body])
            .Text(50, 220, "4.9.1.", 11, TestPdf.Face.Bold)
            .Text(80.5, 220, "debian/rules", 11, TestPdf.Face.Mono)
            .Text(162.7, 220, "and", 11, TestPdf.Face.Bold)
            .Text(185.3, 220, "DEB_BUILD_OPTIONS", 11, TestPdf.Face.Mono)
            .Lines(50, 234, ["Supporting the standardized environment variable is recommended.", Body]);

        var doc = Run.Pdf(pdf);

        var heading = Assert.Single(doc.Role(BlockRole.Heading), h => h.Text.StartsWith("4.9.1.", StringComparison.Ordinal));
        Assert.Equal("4.9.1. debian/rules and DEB_BUILD_OPTIONS", heading.Text);
        Assert.Equal(3, heading.Level);
        Assert.Contains(doc.Role(BlockRole.Paragraph), p => p.Text.StartsWith("Supporting the standardized", StringComparison.Ordinal));
    }

    [Fact]
    public void Convert_BoldLabelFollowedByCodeOnItsLine_IsNoHeading()
    {
        var pdf = new TestPdf().Page()
            .Lines(50, 60, [Body, Body, Body, Body])
            .Text(50, 130, "Local directory", 11, TestPdf.Face.Bold)
            .Text(132, 130, "/path/to/repo.git/", 11, TestPdf.Face.Mono)
            .Lines(50, 144, ["Each of these forms names the same repository on this machine.", Body]);

        var doc = Run.Pdf(pdf);

        Assert.DoesNotContain(doc.Role(BlockRole.Heading), h => h.Text.Contains("Local directory", StringComparison.Ordinal));
    }

    [Fact]
    public void Convert_BoldParenthesisedQuestion_StaysAParagraph()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, "Frequently Asked Questions", 16, TestPdf.Face.Bold)
            .Lines(50, 90, [Body, Body])
            .Text(50, 130, "(1) How do I create an AUTOINCREMENT field?", 11, TestPdf.Face.Bold)
            .Lines(50, 150, [Body, Body])
            .Text(50, 190, "(2) What datatypes does SQLite support?", 11, TestPdf.Face.Bold)
            .Lines(50, 210, [Body, Body]);

        var doc = Run.Pdf(pdf);

        Assert.Equal(["Frequently Asked Questions"], doc.Role(BlockRole.Heading).Select(h => h.Text));
        Assert.Empty(doc.Role(BlockRole.ListItem));
        Assert.Contains(doc.Role(BlockRole.Paragraph), p => p.Text == "(1) How do I create an AUTOINCREMENT field?");
    }

    [Theory]
    [InlineData(12, 2)]
    [InlineData(15, 1)]
    public void Convert_UnnumberedTopHeadingSize_SetsItsLevel(double size, int level)
    {
        // A LaTeX \subsection (1.1 times the body) printed alone is level 2; a \section (1.3 times and more) level 1.
        var pdf = new TestPdf().Page()
            .Text(50, 60, "Frequently Asked Questions", size, TestPdf.Face.Bold)
            .Lines(50, 90, [Body, Body, Body])
            .Text(50, 150, "Answers", size, TestPdf.Face.Bold)
            .Lines(50, 175, [Body, Body]);

        var levels = Run.Pdf(pdf).Role(BlockRole.Heading).Select(h => h.Level).ToList();

        Assert.Equal([level, level], levels);
    }

    [Fact]
    public void Convert_PageOfNumberedNotes_KeepsEachNumberWithItsText()
    {
        // The gap after "10", "11", … lines up down the page like a gutter; it is a hanging indent.
        var pdf = new TestPdf().Page().Lines(50, 60, [Body, Body, Body]);
        var baseline = 120.0;
        for (var n = 10; n <= 16; n++)
        {
            pdf.Text(50, baseline, n.ToString(System.Globalization.CultureInfo.InvariantCulture), 9)
                .Text(64, baseline, "This note explains a point made in the text above it.", 9)
                .Text(64, baseline + 11, "It runs on to a second line.", 9);
            baseline += 26;
        }

        var doc = Run.Pdf(pdf);

        Assert.DoesNotContain(doc.Blocks(), b => b.Text.Trim() == "10" || b.Text.Trim() == "13");
        Assert.Contains(doc.Blocks(), b => b.Text.StartsWith("10 This note explains", StringComparison.Ordinal));
    }
}
