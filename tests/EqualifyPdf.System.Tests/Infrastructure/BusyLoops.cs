using System.Diagnostics;

namespace EqualifyPdf.System.Tests.Infrastructure;

/// <summary>Processes that only burn CPU, as other tenants of a shared host do; killed on dispose.</summary>
internal sealed class BusyLoops : IDisposable
{
    private readonly List<Process> _processes = [];

    private BusyLoops(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _processes.Add(Process.Start(new ProcessStartInfo("/bin/sh", ["-c", "while :; do :; done"]) { UseShellExecute = false })!);
        }
    }

    public static BusyLoops Start(int count) => new(count);

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
                // already gone
            }

            process.Dispose();
        }
    }
}
