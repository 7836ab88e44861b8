using System.ComponentModel.DataAnnotations;

namespace EqualifyPdf.Workers;

/// <summary>Settings of the document worker pool (section <c>Workers</c>). Every default suits a small silo.</summary>
public sealed class DocumentWorkerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Workers";

    /// <summary>Worker processes, and so document steps running at once on this silo. Default: one per core.</summary>
    [Range(1, 256)]
    public int Count { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// CPU time one step may use (all threads of its worker); past it the worker is killed and the step fails with
    /// <c>TimedOut</c>. Default 10 minutes, the conversion engine's own wall-clock limit.
    /// </summary>
    public TimeSpan StepCpuBudget { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Memory ceiling of one worker in MB: its resident set is watched and the managed heap is capped below it.
    /// Past it the worker is killed and the step fails with <c>OutOfMemory</c>. Default 1,536 MB.
    /// </summary>
    [Range(64, 1024 * 1024)]
    public int MemoryLimitMb { get; set; } = 1536;

    /// <summary>Folder for inputs that are not files already (spooled, then deleted after the step). Default: the system temp folder.</summary>
    public string ScratchFolder { get; set; } = Path.Combine(Path.GetTempPath(), "equalifypdf-workers");

    /// <summary>The worker executable (<c>EqualifyPdf.Worker.dll</c>); empty = the one next to this assembly.</summary>
    public string WorkerPath { get; set; } = "";

    /// <summary>How often a running step's CPU time and memory are sampled. Default 100 ms.</summary>
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromMilliseconds(100);
}
