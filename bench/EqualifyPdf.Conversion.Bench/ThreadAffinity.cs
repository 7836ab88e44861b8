using System.Runtime.InteropServices;

namespace EqualifyPdf.Conversion.Bench;

/// <summary>
/// Lets one child process start on every core while the benchmark itself stays on CPU 0: a process started from a
/// thread inherits that thread's CPU mask, so the calling thread's mask is widened for the start and put back after.
/// </summary>
public static partial class ThreadAffinity
{
    /// <summary>Runs <paramref name="start"/> with the calling thread allowed on all <see cref="Cores"/> cores.</summary>
    public static T OnAllCores<T>(Func<T> start)
    {
        if (!OperatingSystem.IsLinux() || Cores < 2)
        {
            return start();
        }

        ulong all = Cores >= 64 ? ulong.MaxValue : (1UL << Cores) - 1, first = 1;
        _ = SetAffinity(0, sizeof(ulong), ref all);
        try
        {
            return start();
        }
        finally
        {
            _ = SetAffinity(0, sizeof(ulong), ref first);
        }
    }

    /// <summary>Cores of the machine (not of this pinned process).</summary>
    public static int Cores { get; } = OperatingSystem.IsLinux()
        ? Directory.GetDirectories("/sys/devices/system/cpu", "cpu*").Count(d => int.TryParse(Path.GetFileName(d)[3..], out _))
        : Environment.ProcessorCount;

    // pid 0 is the calling thread.
    [LibraryImport("libc", EntryPoint = "sched_setaffinity")]
    private static partial int SetAffinity(int pid, nint size, ref ulong mask);
}
