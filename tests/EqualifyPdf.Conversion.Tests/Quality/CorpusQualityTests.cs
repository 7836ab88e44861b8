using System.Globalization;
using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Conversion.Tests.Quality.Corpus;
using EqualifyPdf.Conversion.Tests.Quality.Scoring;
using Xunit.Abstractions;

namespace EqualifyPdf.Conversion.Tests.Quality;

/// <summary>
/// Converts every corpus PDF, reads the structure back from the rendered HTML and holds it to
/// <see cref="QualityThresholds"/>. Every score is printed, passing or not, so regressions show before they fail.
/// </summary>
public sealed class CorpusQualityTests(ITestOutputHelper output)
{
    public static TheoryData<string> BornDigitalPdfs => CorpusManifest.Pdfs(CorpusDocument.BornDigitalKind);

    public static TheoryData<string> ScannedPdfs => CorpusManifest.Pdfs(CorpusDocument.ScannedKind);

    [Theory]
    [MemberData(nameof(BornDigitalPdfs))]
    public void Convert_BornDigitalCorpusDocument_MeetsQualityBar(string pdf)
    {
        var doc = CorpusManifest.Get(pdf);
        var (model, scores) = ConvertAndScore(doc);
        var markdown = QualityScorer.ScoreMarkdown(GroundTruth.Load(doc.TruthPath), ConvertedCorpus.Of(doc).Require().Markdown);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  markdown: headingF1={markdown.HeadingF1:0.000}  textRecall={markdown.TextRecall:0.000}"));

        Assert.All(model.Pages, p => Assert.Equal(PageTextSource.TextLayer, p.TextSource));
        AssertMeets(doc, scores, QualityThresholds.BornDigital);
        Assert.True(markdown.HeadingF1 >= QualityThresholds.BornDigital.HeadingF1, $"{doc.Pdf}: Markdown heading F1 {markdown.HeadingF1:0.000}");
        Assert.True(markdown.TextRecall >= QualityThresholds.BornDigital.TextRecall, $"{doc.Pdf}: Markdown text recall {markdown.TextRecall:0.000}");
    }

    [Theory]
    [MemberData(nameof(ScannedPdfs))]
    public void Convert_ScannedCorpusPage_IsReadByOcrAndMeetsOcrBar(string pdf)
    {
        var doc = CorpusManifest.Get(pdf);
        var (model, scores) = ConvertAndScore(doc);

        Assert.All(model.Pages, p => Assert.Equal(PageTextSource.Ocr, p.TextSource));
        AssertMeets(doc, scores, QualityThresholds.Scanned);
    }

    [Fact]
    public void Manifest_ListsBothRenderersAndScans_ForEverySource()
    {
        var docs = CorpusManifest.Documents;

        Assert.All(docs, d => Assert.True(File.Exists(d.PdfPath), $"{d.Pdf} is missing"));
        Assert.All(docs, d => Assert.True(File.Exists(d.TruthPath), $"{d.Truth} is missing"));
        var sources = docs.Select(d => d.Truth).Distinct().ToList();
        Assert.All(sources, truth =>
        {
            Assert.Contains(docs, d => d.Truth == truth && d.Producer == "chromium");
            Assert.Contains(docs, d => d.Truth == truth && d.Producer == "libreoffice");
        });
        Assert.True(docs.Count(d => d.IsScanned) >= 2, "the corpus needs scanned pages for the OCR path");
        Assert.Contains(docs, d => d.Tagged);
        Assert.Contains(docs, d => !d.Tagged && !d.IsScanned);
    }

    private (DocumentModel Model, QualityScores Scores) ConvertAndScore(CorpusDocument doc)
    {
        var conversion = ConvertedCorpus.Of(doc);
        var (model, html, _) = conversion.Require();
        var truth = GroundTruth.Load(doc.TruthPath);
        var scores = QualityScorer.Score(truth, HtmlStructureReader.Read(html));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{doc.Pdf} ({doc.Pages} p, {(doc.Tagged ? "tagged" : "untagged")}, {conversion.Elapsed.TotalMilliseconds:0} ms): {scores}"));
        return (model, scores);
    }

    private static void AssertMeets(CorpusDocument doc, QualityScores scores, QualityThresholds bar)
    {
        var failures = new List<string>();
        Check(failures, "heading F1", scores.HeadingF1, bar.HeadingF1);
        Check(failures, "reading order", scores.ReadingOrder, bar.ReadingOrder);
        Check(failures, "text recall", scores.TextRecall, bar.TextRecall);
        Check(failures, "table cell F1", scores.TableCellF1, bar.TableCellF1);
        Check(failures, "list item F1", scores.ListItemF1, bar.ListItemF1);
        Check(failures, "code recall", scores.CodeRecall, bar.CodeRecall);
        Check(failures, "link recall", scores.LinkRecall, bar.LinkRecall);
        Check(failures, "quote recall", scores.QuoteRecall, bar.QuoteRecall);
        if (doc.Tagged)
        {
            Check(failures, "figure alt recall", scores.FigureAltRecall, bar.TaggedFigureAltRecall);
        }

        if (scores.RunningTextLeaks > bar.MaxRunningTextLeaks)
        {
            failures.Add($"{scores.RunningTextLeaks} running header/footer/page-number line(s) left in the text");
        }

        Assert.True(failures.Count == 0, $"{doc.Pdf} below the quality bar: {string.Join("; ", failures)}\n  all scores: {scores}");
    }

    private static void Check(List<string> failures, string metric, double? value, double minimum)
    {
        if (value is { } v && v < minimum)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{metric} {v:0.000} < {minimum:0.00}"));
        }
    }
}
