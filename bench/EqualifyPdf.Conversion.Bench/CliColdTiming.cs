using System.Diagnostics;

namespace EqualifyPdf.Conversion.Bench;

/// <summary>
/// Times what a command-line user sees: one cold <c>equalify-pdf convert</c> process over all of a workload's files
/// (start-up, JIT and all), fastest of three passes, pinned to CPU 0 like everything else here. Peak memory is
/// not reported for it (the steady-state rows give each workload's peak).
/// </summary>
public static class CliColdTiming
{
    private const int Passes = 3;

    /// <summary>The built CLI (<c>src/EqualifyPdf.Cli/bin/Release/net10.0/equalify-pdf</c>), or null when it is not built.</summary>
    public static string? Executable(string repoRoot)
    {
        var path = Path.Combine(repoRoot, "src", "EqualifyPdf.Cli", "bin", "Release", "net10.0", "equalify-pdf");
        return File.Exists(path) ? path : null;
    }

    /// <summary>Runs the CLI over <paramref name="files"/> and returns the fastest pass.</summary>
    /// <param name="executable">The built CLI.</param>
    /// <param name="files">The PDFs, all in one process.</param>
    /// <param name="pages">Their total page count.</param>
    /// <param name="cores">1: pinned to CPU 0 with <c>--jobs 1</c>; more: started on every core with <c>--jobs</c> that many.</param>
    public static Measurement Measure(string executable, IReadOnlyList<string> files, int pages, int cores = 1)
    {
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        var failures = new List<string>();
        var output = Directory.CreateTempSubdirectory("equalify-bench-cli-");
        try
        {
            for (var pass = 0; pass < Passes; pass++)
            {
                var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
                var jobs = cores.ToString(System.Globalization.CultureInfo.InvariantCulture);
                foreach (var arg in new[] { "convert" }.Concat(files).Concat(["-o", output.FullName, "--format", "html", "--jobs", jobs]))
                {
                    start.ArgumentList.Add(arg);
                }

                var cpuBefore = ChildCpuTime.Seconds();
                var watch = Stopwatch.StartNew();
                using var process = (cores > 1 ? ThreadAffinity.OnAllCores(() => Process.Start(start)) : Process.Start(start))
                    ?? throw new InvalidOperationException("equalify-pdf did not start");
                _ = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEnd();
                process.WaitForExit();
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
                bestCpu = Math.Min(bestCpu, ChildCpuTime.Seconds() - cpuBefore);
                failures.Clear();
                if (process.ExitCode != 0)
                {
                    failures.Add($"exit {process.ExitCode} {stderr.Trim()}");
                }
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }

        return new Measurement(best, bestCpu, pages, 0, failures);
    }
}
