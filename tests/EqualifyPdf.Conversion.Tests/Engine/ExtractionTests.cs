using EqualifyPdf.Conversion.Extraction;
using EqualifyPdf.Conversion.Layout;
using UglyToad.PdfPig;

namespace EqualifyPdf.Conversion.Tests.Engine;

public sealed class ExtractionTests
{
    private static List<TextLine> Lines(TestPdf pdf)
    {
        using var document = PdfDocument.Open(pdf.Build());
        var page = document.GetPage(1);
        return new LineBuilder(new FontTraits()).Build(page.Letters, page.Height, null);
    }

    [Fact]
    public void Build_LettersOnOneBaseline_GroupsWordsAndKeepsFontFacts()
    {
        var line = Assert.Single(Lines(new TestPdf().Page().Text(50, 100, "Hello brave world", 12, TestPdf.Face.Bold)));

        Assert.Equal(["Hello", "brave", "world"], line.Words.Select(w => w.Text));
        Assert.Equal(12, line.FontSize);
        Assert.Equal(1, line.BoldFraction);
        Assert.Equal(100, line.Baseline, 1);
    }

    [Fact]
    public void Build_WideGapOnOneBaseline_SplitsSegmentsButKeepsListMarkerWithText()
    {
        var lines = Lines(new TestPdf().Page().Text(50, 100, "left cell").Text(300, 100, "right cell").Text(50, 130, "•").Text(75, 130, "bullet text"));

        Assert.Equal(["left cell", "right cell", "• bullet text"], lines.OrderBy(l => l.Top).ThenBy(l => l.Left).Select(l => l.Text));
    }

    [Fact]
    public void Build_Superscript_JoinsItsLine()
    {
        var line = Assert.Single(Lines(new TestPdf().Page().Text(50, 100, "staff.").Text(74.5, 96, "1", 7)));

        Assert.Equal("staff. 1", line.Text);
    }

    [Fact]
    public void Split_NarrowGutterSharedByManyLines_SplitsColumns()
    {
        // Six lines whose words leave x 200–205 free: a 5 pt gutter, narrower than the segment gap.
        var lines = Enumerable.Range(0, 6).Select(i => Line(100 + (i * 14), (50, 120 + (i * 3)), (125 + (i * 3), 200), (205, 260 + (i * 5)), (265 + (i * 5), 330))).ToList();
        var prose = Line(300, (50, 90), (93, 202), (204, 330));

        var split = ColumnGapSplitter.Split([.. lines, prose]);

        Assert.Equal(13, split.Count);
        Assert.All(split.Where(l => l.Top < 200), l => Assert.True(l.Right <= 200 || l.Left >= 205));
        Assert.Contains(split, l => ReferenceEquals(l, prose));
    }

    private static TextLine Line(double baseline, params (double Left, double Right)[] words) =>
        new([.. words.Select((w, i) => new TextWord
        {
            Text = $"w{i}", Left = w.Left, Right = w.Right, Top = baseline - 8, Bottom = baseline + 2, Baseline = baseline, FontSize = 10,
        })]);

    [Fact]
    public void Build_DenseSyntheticPage_FindsEveryLineAndWord()
    {
        var pdf = new TestPdf().Page();
        for (var i = 0; i < 70; i++)
        {
            pdf.Text(30, 20 + (i * 11.5), "dense text dense text dense text dense text dense text dense text dense text dense", 8);
        }

        var lines = Lines(pdf);

        Assert.Equal(70, lines.Count);
        Assert.All(lines, l => Assert.Equal(15, l.Words.Count));
    }
}
