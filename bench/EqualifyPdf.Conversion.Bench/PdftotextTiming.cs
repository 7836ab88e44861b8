using System.Diagnostics;

namespace EqualifyPdf.Conversion.Bench;

/// <summary>
/// Times poppler's <c>pdftotext</c> on the same files, one process per file (how it is used), fastest of three
/// passes. It inherits the parent's CPU-0 affinity. Its peak memory is not comparable and is not reported.
/// </summary>
public static class PdftotextTiming
{
    private const int Passes = 3;

    /// <summary>Runs pdftotext over <paramref name="files"/> and returns the fastest pass.</summary>
    public static Measurement Measure(IReadOnlyList<string> files)
    {
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        var failures = new List<string>();
        for (var pass = 0; pass < Passes; pass++)
        {
            failures.Clear();
            var cpuBefore = ChildCpuTime.Seconds();
            var watch = Stopwatch.StartNew();
            foreach (var file in files)
            {
                var start = new ProcessStartInfo("pdftotext") { UseShellExecute = false, RedirectStandardError = true };
                start.ArgumentList.Add(file);
                start.ArgumentList.Add(Path.Combine(Path.GetTempPath(), "equalify-bench-pdftotext.txt"));
                using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
                var stderr = process.StandardError.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    failures.Add($"{Path.GetFileName(file)}: exit {process.ExitCode} {stderr.Trim()}");
                }
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, ChildCpuTime.Seconds() - cpuBefore);
        }

        return new Measurement(best, bestCpu, Workloads.PageCount(files), 0, failures);
    }
}
