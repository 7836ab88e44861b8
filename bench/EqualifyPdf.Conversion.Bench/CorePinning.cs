using System.Diagnostics;

namespace EqualifyPdf.Conversion.Bench;

/// <summary>Keeps the benchmark, and every process it starts (affinity is inherited), on CPU 0.</summary>
public static class CorePinning
{
    /// <summary>Sets the processor affinity mask of this process to the first core.</summary>
    public static void PinToFirstCore()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        }
    }
}
