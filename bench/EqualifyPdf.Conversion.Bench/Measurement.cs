namespace EqualifyPdf.Conversion.Bench;

/// <summary>What a child process measured for one workload.</summary>
/// <param name="Seconds">Wall time of the fastest pass over all files (convert + render HTML).</param>
/// <param name="CpuSeconds">CPU time (user + system) of the fastest pass: unaffected by other load on the machine.</param>
/// <param name="Pages">Pages converted in one pass.</param>
/// <param name="PeakWorkingSetBytes">Peak working set of the child process.</param>
/// <param name="Failures">Files that threw, with the message.</param>
public sealed record Measurement(double Seconds, double CpuSeconds, int Pages, long PeakWorkingSetBytes, IReadOnlyList<string> Failures)
{
    /// <summary>Pages per second of the measured pass.</summary>
    public double PagesPerSecond => Seconds > 0 ? Pages / Seconds : 0;

    /// <summary>Pages per CPU second.</summary>
    public double PagesPerCpuSecond => CpuSeconds > 0 ? Pages / CpuSeconds : 0;
}
