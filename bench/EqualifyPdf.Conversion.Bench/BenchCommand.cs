namespace EqualifyPdf.Conversion.Bench;

/// <summary>
/// The parent process builds the workloads, runs each measurement in a fresh child process (so every peak-memory
/// figure is its own and OMP_THREAD_LIMIT reaches Tesseract's native code), times pdftotext on the same files,
/// and prints the table. A child (<c>--measure NAME file...</c>) converts and prints one JSON line.
/// </summary>
public static class BenchCommand
{
    /// <summary>Runs the benchmark; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        CorePinning.PinToFirstCore();
        if (args.Length >= 2 && args[0] == MeasureChild.Flag)
        {
            return MeasureChild.Run(args[1], args.Skip(2).ToList(), output);
        }

        var workloads = Workloads.Create(output);
        var rows = new List<BenchRow>();
        foreach (var workload in workloads)
        {
            output.WriteLine($"measuring {workload.Name}: {workload.Files.Count} file(s), {workload.Pages} page(s)...");
            Measurement ours;
            if (workload.IsColdProcess)
            {
                if (CliColdTiming.Executable(Workloads.RepoRoot) is not { } cli)
                {
                    output.WriteLine("  skipped: build src/EqualifyPdf.Cli in Release first");
                    continue;
                }

                ours = CliColdTiming.Measure(cli, workload.Files, workload.Pages, workload.Cores);
            }
            else
            {
                ours = ChildLauncher.Measure(workload);
            }

            var poppler = PdftotextTiming.Measure(workload.Files);
            rows.Add(new BenchRow(workload, ours, poppler));
        }

        ReportTable.Write(rows, output);
        return 0;
    }
}
