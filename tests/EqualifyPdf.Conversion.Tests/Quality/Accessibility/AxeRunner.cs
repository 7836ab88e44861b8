using System.Diagnostics;
using System.Text.Json;
using EqualifyPdf.Conversion.Tests.Quality.Corpus;

namespace EqualifyPdf.Conversion.Tests.Quality.Accessibility;

/// <summary>
/// Runs <c>tests/tools/axe-check.mjs</c> (axe-core in Debian's headless Chromium via playwright-core) once over a
/// batch of HTML files: node and browser start-up cost seconds, so one process serves the whole corpus.
/// </summary>
public static class AxeRunner
{
    /// <summary>Upper bound for one batch; the corpus takes about ten seconds.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Checks every file and returns the violations per file.</summary>
    /// <exception cref="InvalidOperationException">node, the npm packages or Chromium are missing, or the run failed.</exception>
    public static IReadOnlyList<AxeFileResult> Check(IReadOnlyList<string> htmlFiles)
    {
        var script = Path.Combine(RepoPaths.ToolsDir, "axe-check.mjs");
        if (!Directory.Exists(Path.Combine(RepoPaths.ToolsDir, "node_modules", "axe-core")))
        {
            throw new InvalidOperationException(
                $"axe-core is not installed: run `npm ci` in {RepoPaths.ToolsDir} (test.sh does this)");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.ToolsDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var file in htmlFiles)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"axe-check did not finish within {Timeout}");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"axe-check exited with {process.ExitCode}: {stderr.Result}");
        }

        using var json = JsonDocument.Parse(stdout.Result);
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return json.RootElement.GetProperty("results").Deserialize<List<AxeFileResult>>(options)
            ?? throw new InvalidOperationException("axe-check printed no results");
    }
}
