using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Conversion.Ocr;
using EqualifyPdf.Conversion.Tagged;
using UglyToad.PdfPig;

namespace EqualifyPdf.Conversion.Tests.Engine;

public sealed class OcrAndTaggedTests
{
    [Fact]
    public void Convert_ScannedPage_IsReadByTesseract()
    {
        var doc = Run.CorpusFile("quiz.scan.pdf");

        var page = Assert.Single(doc.Pages);
        Assert.Equal(PageTextSource.Ocr, page.TextSource);
        var text = string.Join(" ", page.Blocks.Select(b => b.Text).Concat(page.Blocks.SelectMany(b => b.Rows ?? []).SelectMany(r => r.Cells).Select(c => c.Text)));
        Assert.Contains("Stoichiometry", text, StringComparison.Ordinal);
        Assert.All(page.Blocks.Where(b => b.Role != BlockRole.Table), b => Assert.InRange(b.Confidence, 0.01, 1.0));
        Assert.Empty(doc.Info.Warnings);
    }

    [Fact]
    public void Convert_ScannedPageWithOcrDisabled_IsMarkedNotOcredWithWarning()
    {
        var doc = Run.CorpusFile("quiz.scan.pdf", new ConversionOptions { EnableOcr = false });

        Assert.Equal(PageTextSource.NotOcred, Assert.Single(doc.Pages).TextSource);
        Assert.Contains("not OCR'd", Assert.Single(doc.Info.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void OcrService_MissingLanguageData_ReportsProblemInsteadOfThrowing()
    {
        using var ocr = new OcrService("zzz");
        var scan = new Extraction.PageImage(0, 0, 100, 100, Images.Png(10, 10), "image/png");

        Assert.Null(ocr.Recognize(scan, 100, 100));
        Assert.Contains("zzz", ocr.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ToLines_TesseractTsv_PlacesWordsInPagePoints()
    {
        const string tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
            + "5\t1\t1\t1\t1\t1\t100\t200\t50\t20\t96.5\tHello\n"
            + "5\t1\t1\t1\t1\t2\t160\t200\t60\t20\t91\tworld\n"
            + "5\t1\t1\t1\t2\t1\t100\t240\t40\t20\t5\tspeck\n";

        var line = Assert.Single(TsvWords.ToLines(tsv, 10, 20, 0.5, 0.5));

        Assert.Equal("Hello world", line.Text);
        Assert.Equal(60, line.Words[0].Left, 3);
        Assert.Equal(0.965, line.Words[0].Confidence, 3);
    }

    [Fact]
    public void TryRead_ChromiumTaggedPdf_MapsHeadingsAndParagraphs()
    {
        using var document = PdfDocument.Open(Run.CorpusPath("glossary.chromium.pdf"));

        var index = StructTreeIndex.TryRead(document);

        Assert.NotNull(index);
        var tags = index.ForPage(1)!.Values.ToList();
        Assert.Contains(tags, t => t.HeadingLevel == 1);
        Assert.Contains(tags, t => t.Role == "P");
    }

    [Fact]
    public void TryRead_UntaggedPdf_ReturnsNull()
    {
        using var document = PdfDocument.Open(new TestPdf().Page().Text(50, 60, "untagged").Build());

        Assert.Null(StructTreeIndex.TryRead(document));
    }

    [Fact]
    public void Convert_TaggedPdf_UsesAuthorsHeadingLevelsAndAltText()
    {
        var doc = Run.CorpusFile("data-report.chromium.pdf");

        Assert.Contains(doc.Role(BlockRole.Heading), h => h.Level == 3 && h.Text.StartsWith("2.1", StringComparison.Ordinal));
        var figure = doc.Role(BlockRole.Figure).First();
        Assert.False(figure.Figure!.AltIsGenerated);
        Assert.Equal("en", doc.Info.Language);
    }

    [Fact]
    public void Convert_FigureTaggedOnlyByLayoutBox_KeepsAuthorsAlt()
    {
        var figure = Run.CorpusFile("data-report.libreoffice-tagged.pdf").Role(BlockRole.Figure).First();

        Assert.False(figure.Figure!.AltIsGenerated);
        Assert.StartsWith("Line chart", figure.Figure.AltText, StringComparison.Ordinal);
    }
}
