using System.Diagnostics;
using EqualifyPdf.Workers.Pool;
using Microsoft.Extensions.DependencyInjection;

namespace EqualifyPdf.Workflow.Bench;

/// <summary>
/// CPU time used by this process (silo, embedded Garnet, the bench's client) and by the silo's document workers over
/// a measured run. CPU per job is steadier than jobs per second on a shared machine, and it shows which side to work on.
/// </summary>
internal sealed class CpuMeter
{
    private readonly DocumentWorkerPool? _pool;
    private TimeSpan _process;
    private Dictionary<int, TimeSpan> _workers = [];

    private CpuMeter(IServiceProvider services) => _pool = services.GetService<DocumentWorkerPool>();

    /// <summary>Starts measuring now.</summary>
    public static CpuMeter Start(IServiceProvider services)
    {
        var meter = new CpuMeter(services);
        (meter._process, meter._workers) = meter.Read();
        return meter;
    }

    /// <summary>CPU milliseconds per job since <see cref="Start"/>, of this process and of the workers.</summary>
    public string PerJob(int jobs)
    {
        var (process, workers) = Read();
        var workerCpu = workers.Sum(w => (w.Value - _workers.GetValueOrDefault(w.Key)).TotalMilliseconds);
        var processCpu = (process - _process).TotalMilliseconds;
        return $"CPU per job: {processCpu / jobs:F1} ms in the silo process, {workerCpu / jobs:F1} ms in document workers";
    }

    private (TimeSpan Process, Dictionary<int, TimeSpan> Workers) Read()
    {
        var workers = new Dictionary<int, TimeSpan>();
        foreach (var id in _pool?.WorkerProcessIds ?? [])
        {
            try
            {
                using var worker = Process.GetProcessById(id);
                workers[id] = worker.TotalProcessorTime;
            }
            catch (ArgumentException)
            {
                // Exited since the pool listed it (a replaced worker): its share is lost, the figure a lower bound.
            }
        }

        using var self = Process.GetCurrentProcess();
        return (self.TotalProcessorTime, workers);
    }
}
