using System.Runtime;

namespace EqualifyPdf.Worker;

/// <summary>
/// What one step left behind counts against the next step's memory ceiling, so a worker gives a large leftover back
/// before it starts again. A small one stays: a full compacting collection before every step cost more CPU than a
/// one-page conversion itself (it also empties the buffer pools the next step refills).
/// </summary>
internal static class StepMemory
{
    /// <summary>Share of the heap limit a worker may carry from one step into the next.</summary>
    internal const double LeftoverShare = 1.0 / 8;

    /// <summary>True when a worker holding <paramref name="residentBytes"/> (what the pool's watchdog measures) after
    /// a step should collect before the next one, under a heap limit of <paramref name="heapLimitBytes"/>.</summary>
    internal static bool ShouldReclaim(long residentBytes, long heapLimitBytes) =>
        residentBytes > heapLimitBytes * LeftoverShare;

    /// <summary>Collects and compacts everything (the large-object heap included) when the leftover is large.</summary>
    public static void ReclaimLeftovers()
    {
        if (!ShouldReclaim(Environment.WorkingSet, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes))
        {
            return;
        }

        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
