using System.Text.RegularExpressions;
using EqualifyPdf.Cli.Commands;
using EqualifyPdf.Conversion.Tests.Quality.Corpus;
using UglyToad.PdfPig;

namespace EqualifyPdf.Conversion.Tests.Cli;

/// <summary>
/// <c>equalify-pdf convert</c> called in-process: what lands in the output folder, what is printed, and the exit code.
/// Each test works in its own temporary folder.
/// </summary>
public sealed partial class ConvertCommandTests : IDisposable
{
    private const string GoodName = "announcement.chromium";

    private readonly string work = Directory.CreateTempSubdirectory("equalify-convert-").FullName;
    private readonly StringWriter stdout = new();
    private readonly StringWriter stderr = new();

    private static string GoodPdf => Path.Combine(RepoPaths.CorpusDir, "pdf", GoodName + ".pdf");

    private string OutDir => Path.Combine(work, "out");

    [Fact]
    public void Run_GoodPdf_WritesHtmlAndMarkdownAndPrintsPagesAndTime()
    {
        var exit = ConvertCommand.Run([GoodPdf, "-o", OutDir], stdout, stderr);

        Assert.Equal(0, exit);
        Assert.Equal([GoodName + ".html", GoodName + ".md"], OutputFiles());
        Assert.Contains("<html", File.ReadAllText(Path.Combine(OutDir, GoodName + ".html")), StringComparison.Ordinal);
        Assert.Matches(@"(?m)^# \S", File.ReadAllText(Path.Combine(OutDir, GoodName + ".md")));
        var line = Assert.Single(Lines(stdout));
        var summary = SummaryLine().Match(line);
        Assert.True(summary.Success, line);
        Assert.Equal(PageCount(GoodPdf), int.Parse(summary.Groups["pages"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Run_FormatHtml_WritesOnlyHtml()
    {
        var exit = ConvertCommand.Run([GoodPdf, "-o", OutDir, "--format", "html"], stdout, stderr);

        Assert.Equal(0, exit);
        Assert.Equal([GoodName + ".html"], OutputFiles());
        Assert.DoesNotContain(".md", Assert.Single(Lines(stdout)), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_JunkFileBesideGoodFile_ReportsOneLineErrorAndConvertsTheOther()
    {
        var junk = Path.Combine(work, "junk.pdf");
        File.WriteAllText(junk, "%PDF-1.7\nthis is not really a PDF, just some text with a PDF header\n");

        var exit = ConvertCommand.Run([junk, GoodPdf, "-o", OutDir], stdout, stderr);

        Assert.NotEqual(0, exit);
        var error = Assert.Single(Lines(stderr));
        Assert.StartsWith(junk + ": error", error, StringComparison.Ordinal);
        Assert.StartsWith(GoodPdf + ":", Assert.Single(Lines(stdout)), StringComparison.Ordinal);
        Assert.Equal([GoodName + ".html", GoodName + ".md"], OutputFiles());
    }

    [Fact]
    public void Run_MissingInputFile_ReportsOneLineErrorAndLeavesNoOutput()
    {
        var missing = Path.Combine(work, "missing.pdf");

        var exit = ConvertCommand.Run([missing, "-o", OutDir], stdout, stderr);

        Assert.NotEqual(0, exit);
        Assert.StartsWith(missing + ": error", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
        Assert.Empty(OutputFiles());
    }

    [Fact]
    public void Run_SeveralJobs_PrintsLinesInTheGivenOrderAndWritesWhatOneJobWrites()
    {
        // The longest file first: with three workers the short ones finish before it, and must still be printed after it.
        string[] names = ["lecture-notes.libreoffice", "announcement.chromium", "quiz.chromium", "glossary.libreoffice"];
        var junk = Path.Combine(work, "junk.pdf");
        File.WriteAllText(junk, "%PDF-1.7\nnot a PDF\n");
        var inputs = names.Select(n => Path.Combine(RepoPaths.CorpusDir, "pdf", n + ".pdf")).ToList();
        inputs.Insert(2, junk);
        var sequential = Path.Combine(work, "one-job");
        using (var quiet = new StringWriter())
        {
            Assert.Equal(1, ConvertCommand.Run([.. inputs, "-o", sequential, "--jobs", "1"], quiet, quiet));
        }

        var exit = ConvertCommand.Run([.. inputs, "-o", OutDir, "--jobs", "3"], stdout, stderr);

        Assert.Equal(1, exit);
        Assert.Equal(inputs.Where(i => i != junk), Lines(stdout).Select(l => l[..l.IndexOf(".pdf:", StringComparison.Ordinal)] + ".pdf"));
        Assert.StartsWith(junk + ": error", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
        Assert.Equal(names.SelectMany(n => new[] { n + ".html", n + ".md" }).Order(StringComparer.Ordinal), OutputFiles());
        foreach (var file in OutputFiles())
        {
            Assert.Equal(File.ReadAllText(Path.Combine(sequential, file)), File.ReadAllText(Path.Combine(OutDir, file)));
        }
    }

    [Fact]
    public void Run_SameNameInTwoFolders_LastGivenWinsAsWhenOneAtATime()
    {
        var first = Path.Combine(work, "a", "doc.pdf");
        var last = Path.Combine(work, "b", "doc.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(first)!);
        Directory.CreateDirectory(Path.GetDirectoryName(last)!);
        File.Copy(Path.Combine(RepoPaths.CorpusDir, "pdf", "lecture-notes.libreoffice.pdf"), first);
        File.Copy(GoodPdf, last);
        var alone = Path.Combine(work, "alone");
        using (var quiet = new StringWriter())
        {
            Assert.Equal(0, ConvertCommand.Run([last, "-o", alone, "--format", "html"], quiet, quiet));
        }

        var exit = ConvertCommand.Run([first, last, "-o", OutDir, "--format", "html", "--jobs", "2"], stdout, stderr);

        Assert.Equal(0, exit);
        Assert.Equal(["doc.html"], OutputFiles());
        Assert.Equal(File.ReadAllText(Path.Combine(alone, "doc.html")), File.ReadAllText(Path.Combine(OutDir, "doc.html")));
        Assert.Equal([first, last], Lines(stdout).Select(l => l[..(l.IndexOf(".pdf:", StringComparison.Ordinal) + 4)]));
    }

    [Theory]
    [InlineData("no-output")]
    [InlineData("zero-jobs")]
    [InlineData("unknown-format")]
    [InlineData("no-files")]
    [InlineData("unknown-option")]
    [InlineData("dangling-output")]
    public void Run_BadArguments_PrintsUsageAndFails(string problem)
    {
        string[] args = problem switch
        {
            "no-output" => [GoodPdf],
            "unknown-format" => [GoodPdf, "-o", OutDir, "--format", "html,pdf"],
            "no-files" => ["-o", OutDir],
            "unknown-option" => [GoodPdf, "-o", OutDir, "--fast"],
            "zero-jobs" => [GoodPdf, "-o", OutDir, "--jobs", "0"],
            _ => [GoodPdf, "-o"],
        };

        var exit = ConvertCommand.Run(args, stdout, stderr);

        Assert.NotEqual(0, exit);
        Assert.Contains(Lines(stderr), l => l.StartsWith("usage: equalify-pdf convert", StringComparison.Ordinal));
        Assert.Empty(stdout.ToString());
        Assert.False(Directory.Exists(OutDir), "nothing is written on a usage error");
    }

    public void Dispose()
    {
        stdout.Dispose();
        stderr.Dispose();
        Directory.Delete(work, recursive: true);
    }

    [GeneratedRegex(@": (?<pages>\d+) pages? in \d+\.\d\ds ")]
    private static partial Regex SummaryLine();

    private static int PageCount(string path)
    {
        using var document = PdfDocument.Open(path);
        return document.NumberOfPages;
    }

    private static string[] Lines(StringWriter writer) =>
        writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Every file in the output folder, sorted, so a leftover temp or partial file fails the comparison.</summary>
    private string[] OutputFiles() => Directory.Exists(OutDir)
        ? [.. Directory.EnumerateFiles(OutDir).Select(Path.GetFileName).Order(StringComparer.Ordinal).Cast<string>()]
        : [];
}
