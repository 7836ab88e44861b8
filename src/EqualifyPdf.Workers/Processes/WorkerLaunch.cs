using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace EqualifyPdf.Workers.Processes;

/// <summary>
/// How a worker process is started: the worker assembly run by the same .NET host as the silo, with its managed heap
/// capped at most of the memory ceiling so an allocation storm ends as an <see cref="OutOfMemoryException"/> the
/// worker reports, rather than as the watchdog's kill.
/// </summary>
internal static class WorkerLaunch
{
    /// <summary>Share of the memory ceiling given to the managed heap; the rest is the runtime, native code and images.</summary>
    private const double HeapShare = 0.75;

    public const string WorkerAssembly = "EqualifyPdf.Worker.dll";

    public static ProcessStartInfo StartInfo(DocumentWorkerOptions options)
    {
        var worker = string.IsNullOrEmpty(options.WorkerPath)
            ? Path.Combine(AppContext.BaseDirectory, WorkerAssembly)
            : Path.GetFullPath(options.WorkerPath);
        if (!File.Exists(worker))
        {
            throw new FileNotFoundException($"The document worker {worker} is missing; build EqualifyPdf.Worker.", worker);
        }

        var info = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(worker)!,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(worker);

        var heapLimit = (long)(options.MemoryLimitMb * HeapShare) * 1024 * 1024;
        info.Environment["DOTNET_GCHeapHardLimit"] = heapLimit.ToString("x", CultureInfo.InvariantCulture);
        // One heap, no background GC thread: a worker runs one step at a time and should stay small.
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_gcConcurrent"] = "0";
        // A crash must not write a core dump of a process that held a user's document.
        info.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        return info;
    }

    /// <summary>The <c>dotnet</c> host running this process (the SDK's, under <c>dotnet test</c> or <c>dotnet run</c>).</summary>
    private static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Path.GetFileName(Environment.ProcessPath) == name)
        {
            return Environment.ProcessPath!;
        }

        // <root>/shared/Microsoft.NETCore.App/<version>/ → <root>/dotnet
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var host = Path.Combine(root, name);
        return File.Exists(host) ? host : name;
    }
}
