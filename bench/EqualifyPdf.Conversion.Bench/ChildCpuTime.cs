using System.Runtime.InteropServices;

namespace EqualifyPdf.Conversion.Bench;

/// <summary>
/// CPU time used by this process's finished child processes (getrusage RUSAGE_CHILDREN). On a shared, loaded
/// machine wall time also counts time spent waiting for the core; CPU time does not, so both are reported.
/// </summary>
public static partial class ChildCpuTime
{
    private const int RusageChildren = -1;

    /// <summary>Total user + system CPU seconds of all waited-for children so far; 0 where unsupported.</summary>
    public static double Seconds()
    {
        if (!OperatingSystem.IsLinux() || GetRusage(RusageChildren, out var usage) != 0)
        {
            return 0;
        }

        return usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out RUsage usage);

    // struct rusage on 64-bit Linux: two timevals, then fourteen longs we do not need.
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVcsw, NIvcsw;
    }
}
