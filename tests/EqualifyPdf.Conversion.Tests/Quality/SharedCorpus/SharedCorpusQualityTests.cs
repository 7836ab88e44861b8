using System.Globalization;
using System.Text.Json;
using EqualifyPdf.Conversion.Tests.Quality.Accessibility;
using Xunit.Abstractions;

namespace EqualifyPdf.Conversion.Tests.Quality.SharedCorpus;

/// <summary>
/// Issue 14's quality bar on documents the converter was not written against, scored by the corpus's own
/// <c>score.py</c>; plus axe-core on every output, tables of contents included.
/// </summary>
public sealed class SharedCorpusQualityTests(ITestOutputHelper output)
{
    public static TheoryData<string> Variants => new(VariantBar.Bars.Select(b => b.Variant));

    [SharedCorpusTheory]
    [MemberData(nameof(Variants))]
    public void Convert_SharedCorpusVariant_MeetsIssue14Bar(string variant)
    {
        var bar = VariantBar.Bars.Single(b => b.Variant == variant);
        var s = SharedCorpusRun.Summary(variant);
        output.WriteLine(SharedCorpusRun.Table);

        var failures = new List<string>();
        Check(failures, "headings with level", s, "heading_level_f1", bar.HeadingLevelF1);
        Check(failures, "list item recall", s, "list_recall", bar.ListRecall);
        Check(failures, "table cell F1", s, "cell_f1", bar.TableCellF1);
        Check(failures, "code recall", s, "code_recall", bar.CodeRecall);
        Check(failures, "reading order", s, "order", bar.ReadingOrder);
        Check(failures, "text recall", s, "text_recall", bar.TextRecall);
        var (tables, truth) = (s.GetProperty("pred_tables").GetInt32(), s.GetProperty("tables").GetInt32());
        if (tables > bar.MaxTablesPerTruth * truth)
        {
            failures.Add($"{tables} tables output for {truth} true ones (more than {bar.MaxTablesPerTruth} × truth)");
        }

        Assert.True(failures.Count == 0, $"{variant} below its bar: {string.Join("; ", failures)}");
    }

    [SharedCorpusFact]
    public void Render_EverySharedCorpusOutput_HasNoAxeViolations()
    {
        var files = Directory.EnumerateFiles(SharedCorpusRun.OutputDir, "*.html").Order(StringComparer.Ordinal).ToList();

        var results = AxeRunner.Check(files);

        Assert.Equal(files.Count, results.Count);
        var violations = results.SelectMany(r => r.Violations.Select(v => $"{Path.GetFileName(r.File)}: {v.Id} ({v.NodeCount} node(s)): {v.Help}")).ToList();
        Assert.True(violations.Count == 0, "axe-core violations:\n" + string.Join("\n", violations));
    }

    [SharedCorpusFact]
    public void Convert_SharedCorpus_NoTypographicLigatureLeftInOutput()
    {
        // LaTeX and Chromium set fi, fl, ff… as one glyph; the scorer folds them (NFKC), a page search does not. Only
        // the text counts: a link keeps its target as the PDF gives it (one here is mis-encoded into a ligature).
        var kept = Directory.EnumerateFiles(SharedCorpusRun.OutputDir, "*.html").Order(StringComparer.Ordinal)
            .Where(f => System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(f), "<[^>]*>", " ").AsSpan().IndexOfAnyInRange('\uFB00', '\uFB06') >= 0)
            .Select(Path.GetFileName).ToList();

        Assert.True(kept.Count == 0, "ligature characters left in: " + string.Join(", ", kept));
    }

    private static void Check(List<string> failures, string metric, JsonElement summary, string name, double minimum)
    {
        if (summary.GetProperty(name) is { ValueKind: JsonValueKind.Number } value && value.GetDouble() < minimum)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{metric} {value.GetDouble():0.000} < {minimum:0.00}"));
        }
    }
}
