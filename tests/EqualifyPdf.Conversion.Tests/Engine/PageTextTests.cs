using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Tests.Engine;

/// <summary>
/// <see cref="DocumentConverter.ExtractPageTexts"/> feeds the page numbers of PII findings, so each page's string must
/// hold that page's own text even where the structure step joins content across the page break.
/// </summary>
public sealed class PageTextTests
{
    private static readonly string[] Header = ["Student", "Section", "Email"];

    private static readonly string[][] FirstPageRows =
    [
        ["Avery Lindqvist", "A-01", "avery.lindqvist@example.edu"],
        ["Bruno Okafor", "A-02", "bruno.okafor@example.edu"],
        ["Carmen Ishikawa", "A-03", "carmen.ishikawa@example.edu"],
        ["Dmitri Halvorsen", "B-01", "dmitri.halvorsen@example.edu"],
    ];

    private static readonly string[][] SecondPageRows =
    [
        ["Esme Vandermeer", "B-02", "esme.vandermeer@example.edu"],
        ["Farid Castellano", "B-03", "farid.castellano@example.edu"],
        ["Greta Nakamura", "C-01", "greta.nakamura@example.edu"],
    ];

    private static readonly double[] Columns = [50, 200, 300];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ExtractPageTexts_TableContinuedOnNextPage_KeepsEachPagesRowsOnItsPage(bool repeatHeader)
    {
        using var stream = RosterAcrossTwoPages(repeatHeader).Stream();

        var texts = DocumentConverter.ExtractPageTexts(stream, new ConversionOptions { EnableOcr = false });

        Assert.Equal(2, texts.Count);
        Assert.All(FirstPageRows, r => Assert.Contains(r[0], texts[0], StringComparison.Ordinal));
        Assert.All(SecondPageRows, r => Assert.DoesNotContain(r[0], texts[0], StringComparison.Ordinal));
        Assert.All(SecondPageRows, r => Assert.Contains(r[2], texts[1], StringComparison.Ordinal));
        Assert.All(FirstPageRows, r => Assert.DoesNotContain(r[0], texts[1], StringComparison.Ordinal));
    }

    [Fact]
    public void Convert_TableContinuedOnNextPage_StillJoinsIntoOneTable()
    {
        var doc = Run.Pdf(RosterAcrossTwoPages(repeatHeader: true), new ConversionOptions { EnableOcr = false });

        var table = Assert.Single(doc.Role(BlockRole.Table));
        Assert.Equal(
            [Header, .. FirstPageRows, .. SecondPageRows],
            table.Rows!.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray());
    }

    /// <summary>An aligned, unruled roster that fills the end of page 1 and carries on at the top of page 2.</summary>
    private static TestPdf RosterAcrossTwoPages(bool repeatHeader)
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, "Class roster", 16, TestPdf.Face.Bold)
            .Text(50, 90, "Students enrolled in the course this term, by section.");
        Rows(pdf, 700, [Header, .. FirstPageRows]);
        pdf.Page();
        Rows(pdf, 60, repeatHeader ? [Header, .. SecondPageRows] : SecondPageRows);
        return pdf;
    }

    private static void Rows(TestPdf pdf, double top, string[][] rows)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            var face = ReferenceEquals(rows[r], Header) ? TestPdf.Face.Bold : TestPdf.Face.Regular;
            for (var c = 0; c < Columns.Length; c++)
            {
                pdf.Text(Columns[c], top + (r * 18), rows[r][c], 10, face);
            }
        }
    }
}
