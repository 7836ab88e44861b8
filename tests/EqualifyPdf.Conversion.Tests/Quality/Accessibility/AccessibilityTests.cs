using System.Text;
using EqualifyPdf.Conversion.Tests.Quality.Corpus;
using Xunit.Abstractions;

namespace EqualifyPdf.Conversion.Tests.Quality.Accessibility;

/// <summary>Every corpus document's HTML must pass axe-core's WCAG 2.1 A/AA and best-practice rules with no violation.</summary>
public sealed class AccessibilityTests(ITestOutputHelper output)
{
    [Fact]
    public void Render_EveryCorpusDocument_HasNoAxeViolations()
    {
        var dir = Directory.CreateTempSubdirectory("equalify-axe-");
        try
        {
            var files = new List<string>();
            var failedConversions = new List<string>();
            foreach (var doc in CorpusManifest.Documents)
            {
                var conversion = ConvertedCorpus.Of(doc);
                if (conversion.Html is null)
                {
                    failedConversions.Add($"{doc.Pdf}: {conversion.Error?.Message}");
                    continue;
                }

                var file = Path.Combine(dir.FullName, doc.Name + ".html");
                File.WriteAllText(file, conversion.Html);
                files.Add(file);
            }

            Assert.True(failedConversions.Count == 0, "conversions failed:\n" + string.Join("\n", failedConversions));
            var results = AxeRunner.Check(files);

            Assert.Equal(files.Count, results.Count);
            var report = new StringBuilder();
            foreach (var result in results)
            {
                output.WriteLine($"{Path.GetFileName(result.File)}: {result.Violations.Count} violation(s)");
                foreach (var v in result.Violations)
                {
                    report.AppendLine($"{Path.GetFileName(result.File)}: {v.Id} ({v.Impact}, {v.NodeCount} node(s)): {v.Help}");
                    foreach (var node in v.Nodes)
                    {
                        report.AppendLine($"    {node.GetProperty("target")} {node.GetProperty("html").GetString()}");
                    }
                }
            }

            output.WriteLine(report.ToString());
            Assert.True(results.All(r => r.Violations.Count == 0), "axe-core violations:\n" + report);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
