using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace EqualifyPdf.Conversion.Bench;

/// <summary>Starts this program again in child mode for one workload and reads back its <see cref="Measurement"/>.</summary>
public static class ChildLauncher
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    /// <summary>Measures <paramref name="workload"/> in a fresh process pinned to CPU 0 with OMP_THREAD_LIMIT=1.</summary>
    public static Measurement Measure(Workload workload)
    {
        var start = SelfStartInfo();
        // Tesseract reads this when its OpenMP runtime loads, so it must be in the child's real environment.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.ArgumentList.Add(MeasureChild.Flag);
        start.ArgumentList.Add(workload.Repeats.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(Workloads.WarmupFile);
        foreach (var file in workload.Files)
        {
            start.ArgumentList.Add(file);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the bench child");
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        if (!child.WaitForExit(Timeout))
        {
            child.Kill(entireProcessTree: true);
            throw new TimeoutException($"{workload.Name} did not finish within {Timeout}");
        }

        child.WaitForExit();
        var line = stdout.Result.Split('\n').LastOrDefault(l => l.StartsWith(MeasureChild.ResultPrefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{workload.Name}: child exited {child.ExitCode} without a result: {stderr.Result}");
        return JsonSerializer.Deserialize<Measurement>(line[MeasureChild.ResultPrefix.Length..])
            ?? throw new InvalidOperationException($"{workload.Name}: unreadable result {line}");
    }

    private static ProcessStartInfo SelfStartInfo()
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(host);
        // Under `dotnet bench.dll` the host is dotnet itself and needs the assembly path first.
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        return start;
    }
}
