using System.Diagnostics;
using System.Text.Json;

namespace EqualifyPdf.Conversion.Bench;

/// <summary>The child side: warm up the JIT, convert the workload, report time, pages and peak memory as JSON.</summary>
public static class MeasureChild
{
    /// <summary>Command-line flag that selects child mode: <c>--measure REPEATS WARMUP_FILE FILE...</c>.</summary>
    public const string Flag = "--measure";

    /// <summary>Prefix of the one stdout line the parent parses.</summary>
    public const string ResultPrefix = "RESULT ";

    /// <summary>Runs one measurement and prints its result line.</summary>
    public static int Run(string repeats, IReadOnlyList<string> rest, TextWriter output)
    {
        var passes = int.Parse(repeats, System.Globalization.CultureInfo.InvariantCulture);
        var warmup = rest[0];
        var files = rest.Skip(1).ToList();

        // First calls pay for JIT, tiered re-compilation and, for OCR, loading Tesseract's model: not what a running
        // silo pays. One untimed pass over the workload itself reaches that steady state (the 500-page file kept
        // getting faster until its third or fourth conversion when warmed up on a small file only).
        ConvertOne(warmup, out _);
        if (passes > 1)
        {
            foreach (var file in files)
            {
                ConvertOne(file, out _);
            }
        }

        using var self = Process.GetCurrentProcess();
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        var pages = 0;
        var failures = new List<string>();
        for (var pass = 0; pass < passes; pass++)
        {
            pages = 0;
            failures.Clear();
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            foreach (var file in files)
            {
                var error = ConvertOne(file, out var filePages);
                pages += filePages;
                if (error is not null)
                {
                    failures.Add($"{Path.GetFileName(file)}: {error}");
                }
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            self.Refresh();
            bestCpu = Math.Min(bestCpu, (self.TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        self.Refresh();
        var result = new Measurement(best, bestCpu, pages, self.PeakWorkingSet64, failures);
        output.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
        return 0;
    }

    private static string? ConvertOne(string file, out int pages)
    {
        pages = 0;
        try
        {
            using var stream = File.OpenRead(file);
            var model = DocumentConverter.Convert(stream);
            _ = HtmlRenderer.Render(model);
            pages = model.Info.PageCount;
            return null;
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }
}
