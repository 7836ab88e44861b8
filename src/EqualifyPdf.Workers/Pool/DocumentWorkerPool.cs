using System.Collections.Concurrent;
using EqualifyPdf.Workers.Processes;
using EqualifyPdf.Workflow.Admission;
using EqualifyPdf.Workflow.Services;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Workers.Pool;

/// <summary>
/// The silo's pool of document worker processes: starts <see cref="DocumentWorkerOptions.Count"/> workers, admits
/// that many steps at once (the rest wait in FIFO order, see <see cref="Queue"/>), replaces a worker that crashed or
/// was killed, and kills every worker when the host stops. PII scans and conversions run only in the workers, so a
/// PDF that crashes the parser takes down one worker, never the silo.
/// </summary>
public sealed partial class DocumentWorkerPool : IHostedService, IDisposable
{
    private readonly DocumentWorkerOptions options;
    private readonly ILogger<DocumentWorkerPool> logger;
    private readonly DocumentWorkQueue queue;
    private readonly ConcurrentQueue<WorkerProcess> idle = new();
    private readonly ConcurrentDictionary<int, WorkerProcess> live = new();
    private readonly ConcurrentDictionary<StepWatchdog, byte> steps = new();
    private volatile bool stopping;

    /// <summary>Creates the pool; workers start with the host (<see cref="StartAsync"/>).</summary>
    /// <param name="options">The pool settings.</param>
    /// <param name="logger">Logs worker failures and the workers' standard error.</param>
    public DocumentWorkerPool(IOptions<DocumentWorkerOptions> options, ILogger<DocumentWorkerPool> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.logger = logger;
        queue = new DocumentWorkQueue(this.options.Count);
    }

    /// <summary>The admission queue: running steps, backlog and each waiting job's place in line.</summary>
    public DocumentWorkQueue Queue => queue;

    /// <summary>Process ids of the live workers (for diagnostics and tests).</summary>
    public IReadOnlyCollection<int> WorkerProcessIds => live.Keys.ToList();

    /// <summary>Starts the workers, so the first steps do not wait for a process to start.</summary>
    /// <param name="cancellationToken">Unused; starting a process does not block.</param>
    /// <returns>A completed task.</returns>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.ScratchFolder);
        for (var i = live.Count; i < options.Count; i++)
        {
            idle.Enqueue(StartWorker());
        }

        logger.LogInformation("Started {Count} document worker(s)", options.Count);
        return Task.CompletedTask;
    }

    /// <summary>Kills every worker; steps still running end with <see cref="OperationCanceledException"/>.</summary>
    /// <param name="cancellationToken">Unused; killing does not block.</param>
    /// <returns>A completed task.</returns>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        stopping = true;
        foreach (var step in steps.Keys)
        {
            step.Stop(StopReason.Shutdown);
        }

        foreach (var worker in live.Values)
        {
            worker.Kill();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        stopping = true;
        foreach (var worker in live.Values)
        {
            worker.Dispose();
        }

        live.Clear();
    }

    private WorkerProcess StartWorker()
    {
        var worker = WorkerProcess.Start(WorkerLaunch.StartInfo(options), logger);
        live[worker.Id] = worker;
        return worker;
    }

    private WorkerProcess TakeWorker()
    {
        while (idle.TryDequeue(out var worker))
        {
            if (!worker.HasExited)
            {
                return worker;
            }

            Retire(worker, replace: false);
        }

        return StartWorker();
    }

    private void GiveBack(WorkerProcess worker, bool healthy)
    {
        if (healthy && !worker.HasExited && !stopping)
        {
            idle.Enqueue(worker);
            return;
        }

        Retire(worker, replace: true);
    }

    private void Retire(WorkerProcess worker, bool replace)
    {
        live.TryRemove(worker.Id, out _);
        worker.Dispose();
        if (!replace || stopping)
        {
            return;
        }

        try
        {
            // Started now, so the replacement is warm by the time the next step needs it.
            idle.Enqueue(StartWorker());
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or IOException)
        {
            // The next step starts one itself; the failure that retired this worker is what its caller must see.
            logger.LogError(ex, "Could not start a replacement document worker");
        }
    }
}
