using System.Diagnostics;
using System.Text.Json;

namespace EqualifyPdf.Conversion.Tests.Quality.SharedCorpus;

/// <summary>
/// Converts every shared-corpus PDF once per test run into a temporary folder and scores the folder with the corpus's
/// own <c>score.py</c>, so the figures are the ones its README defines.
/// </summary>
public static class SharedCorpusRun
{
    private static readonly Lazy<(string Dir, JsonDocument Scores)> Result = new(ConvertAndScore);

    /// <summary>The folder holding <c>&lt;name&gt;.html</c> for every corpus PDF.</summary>
    public static string OutputDir => Result.Value.Dir;

    /// <summary>The <c>summary</c> row of one variant (chromium, lo, chromium2col, latex) from score.py's JSON.</summary>
    public static JsonElement Summary(string variant) => Result.Value.Scores.RootElement.GetProperty("summary").GetProperty(variant);

    private static (string, JsonDocument) ConvertAndScore()
    {
        var dir = Directory.CreateTempSubdirectory("equalify-shared-corpus-").FullName;
        foreach (var pdf in SharedCorpus.Pdfs)
        {
            using var stream = File.OpenRead(pdf);
            var model = DocumentConverter.Convert(stream, new ConversionOptions { SourceName = Path.GetFileNameWithoutExtension(pdf) });
            File.WriteAllText(Path.Combine(dir, Path.GetFileNameWithoutExtension(pdf) + ".html"), HtmlRenderer.Render(model));
        }

        var json = Path.Combine(dir, "scores.json");
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
        {
            Path.Combine(SharedCorpus.Dir, "score.py"), dir, "--truth", Path.Combine(SharedCorpus.Dir, "truth"),
            "--pdf-dir", Path.Combine(SharedCorpus.Dir, "pdf"), "--variants", "chromium,lo,chromium2col,latex", "--json", json,
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(120_000) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"score.py failed: {stderr}");
        }

        Table = stdout.Result;
        return (dir, JsonDocument.Parse(File.ReadAllText(json)));
    }

    /// <summary>score.py's printed table (per document and per variant), for the test output.</summary>
    public static string Table { get; private set; } = "";
}
