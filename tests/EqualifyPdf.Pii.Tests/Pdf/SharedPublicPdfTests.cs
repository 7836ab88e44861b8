using EqualifyPdf.Conversion;
using EqualifyPdf.Pii.Model;
using EqualifyPdf.Pii.Tests.Corpus;
using Xunit.Abstractions;

namespace EqualifyPdf.Pii.Tests.Pdf;

/// <summary>
/// Public documentation without student data (Debian, PostgreSQL, Git, SQLite manuals as PDFs) must pass the gate:
/// every PDF of ../shared/conversion-corpus/pdf beside the checkout is clean. Read in place, never copied in; a
/// clone without that folder skips the check with a message.
/// </summary>
public sealed class SharedPublicPdfTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.GetFullPath(Path.Combine(
        Path.GetDirectoryName(Path.GetDirectoryName(CorpusFiles.Directory)!)!, "..", "shared", "conversion-corpus", "pdf"));

    [Fact]
    public void ScanPages_SharedPublicDocumentationPdfs_AllClean()
    {
        if (!Directory.Exists(Folder))
        {
            output.WriteLine($"skipped: {Folder} is absent (it lives beside the checkout, not in the repository)");
            return;
        }

        var files = Directory.GetFiles(Folder, "*.pdf").Order(StringComparer.Ordinal).ToList();
        var flagged = new List<string>();
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            var report = PiiScanner.ScanPages(DocumentConverter.ExtractPageTexts(stream, new ConversionOptions { EnableOcr = false }));
            var informational = string.Join(", ", report.CountsByType.Select(kv => $"{kv.Key} {kv.Value}"));
            output.WriteLine($"{Path.GetFileName(file)}: {(report.Verdict == PiiVerdict.Clean ? "clean" : "needs_review")} ({informational})");
            if (report.Verdict != PiiVerdict.Clean)
            {
                flagged.Add($"{Path.GetFileName(file)}: " + string.Join("; ", report.Findings.Where(f => f.TriggersReview)
                    .Select(f => $"{f.EntityType} p{f.Page} {f.Snippet} ({f.Reason})")));
            }
        }

        output.WriteLine($"{files.Count - flagged.Count} of {files.Count} clean");
        Assert.True(files.Count > 0, $"no PDFs in {Folder}");
        Assert.Empty(flagged);
    }
}
