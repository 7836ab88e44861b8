using EqualifyPdf.Conversion;
using EqualifyPdf.Pii.Model;
using EqualifyPdf.Pii.Tests.Corpus;
using Xunit.Abstractions;

namespace EqualifyPdf.Pii.Tests.Pdf;

/// <summary>The verdict on whole PDFs typeset from corpus texts and read back through the conversion engine.</summary>
public sealed class PdfVerdictTests(ITestOutputHelper output)
{
    private const int LinesPerPage = 40;

    [Fact]
    public void ScanPages_PdfsOfCorpusDocuments_VerdictsMatchLabelsAndPlainText()
    {
        var corpus = CorpusFiles.Load();
        // Every kind, a few documents each: the first ones by name, not picked by outcome.
        var sample = corpus.GroupBy(d => d.Kind).SelectMany(g => g.Take(g.Key == "negative" ? 10 : 4)).ToList();
        var agreeWithLabels = 0;
        foreach (var doc in sample)
        {
            var expected = doc.Labels.Any(l => PiiOptionsReview(l.EntityType)) ? PiiVerdict.NeedsReview : PiiVerdict.Clean;
            using var pdf = new MemoryStream(CorpusPdf.Build(CorpusPdf.Paginate(doc.Text, LinesPerPage)));
            var pages = DocumentConverter.ExtractPageTexts(pdf, new ConversionOptions { EnableOcr = false });
            var fromPdf = PiiScanner.ScanPages(pages);
            var fromText = PiiScanner.Scan(doc.Text);

            output.WriteLine($"{doc.Name}: labels {expected}, pdf {fromPdf.Verdict}, text {fromText.Verdict}; {string.Join(", ", fromPdf.CountsByType.Select(kv => $"{kv.Key} {kv.Value}"))}");
            agreeWithLabels += fromPdf.Verdict == expected ? 1 : 0;
            // Typesetting and extraction must not change the outcome: any miss is a scanner miss, not a PDF one.
            Assert.Equal(fromText.Verdict, fromPdf.Verdict);
        }

        var rate = (double)agreeWithLabels / sample.Count;
        output.WriteLine($"PDF verdicts agreeing with labels: {agreeWithLabels}/{sample.Count} ({rate:P1})");
        Assert.True(rate >= 0.95, $"only {rate:P1} of PDF verdicts match the labels");
        Assert.True(sample.Count(d => d.IsNegative) >= 10);
    }

    [Fact]
    public void ScanPages_PdfMixingCleanAndStudentPages_ReportsOnlyStudentPages()
    {
        var corpus = CorpusFiles.Load().ToDictionary(d => d.Name);
        // One short document per page: syllabus (staff only), roster, negative, form, schedule.
        string[] names = ["syllabus-003", "roster-004", "negative-010", "form-007", "schedule-003"];
        var chunks = names.Select(n => string.Join('\n', corpus[n].Text.Split('\n').Take(LinesPerPage))).ToList();
        using var pdf = new MemoryStream(CorpusPdf.Build(chunks));
        var pages = DocumentConverter.ExtractPageTexts(pdf, new ConversionOptions { EnableOcr = false });

        var report = PiiScanner.ScanPages(pages);

        Assert.Equal(names.Length, pages.Count);
        Assert.Equal(PiiVerdict.NeedsReview, report.Verdict);
        Assert.Equal([2, 4], report.PagesInvolved);
        Assert.All(report.Findings, f => Assert.InRange(f.End, f.Start + 1, pages[f.Page - 1].Length));
    }

    private static bool PiiOptionsReview(string entityType) => new PiiOptions().ReviewEntityTypes.Contains(entityType);
}
