namespace EqualifyPdf.Workers.Processes;

/// <summary>
/// Watches one step on one worker: samples the worker's CPU time and resident memory, and kills the worker when the
/// step passes its CPU budget or the memory ceiling, or when the step is cancelled. The first reason to kill wins and
/// stays readable, so the caller can tell a kill from a crash.
/// </summary>
internal sealed class StepWatchdog(WorkerProcess worker, DocumentWorkerOptions options)
{
    private readonly TimeSpan startCpu = worker.CpuTime() ?? TimeSpan.Zero;
    private int reason = (int)StopReason.None;

    /// <summary>Why the watchdog killed the worker, or <see cref="StopReason.None"/>.</summary>
    public StopReason Reason => (StopReason)Volatile.Read(ref reason);

    /// <summary>CPU time the step has used so far.</summary>
    public TimeSpan CpuUsed => (worker.CpuTime() ?? startCpu) - startCpu;

    /// <summary>Kills the worker for <paramref name="why"/> unless it was already killed.</summary>
    public void Stop(StopReason why)
    {
        if (Interlocked.CompareExchange(ref reason, (int)why, (int)StopReason.None) == (int)StopReason.None)
        {
            worker.Kill();
        }
    }

    /// <summary>Samples until <paramref name="stepDone"/> is signalled or the worker has been stopped.</summary>
    public async Task WatchAsync(CancellationToken stepDone)
    {
        var ceiling = (long)options.MemoryLimitMb * 1024 * 1024;
        using var timer = new PeriodicTimer(options.WatchInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stepDone).ConfigureAwait(false) && Reason == StopReason.None)
            {
                if (worker.CpuTime() is { } cpu && cpu - startCpu > options.StepCpuBudget)
                {
                    Stop(StopReason.CpuBudget);
                }
                else if (worker.ResidentBytes() is { } rss && rss > ceiling)
                {
                    Stop(StopReason.MemoryCeiling);
                }
                else if (worker.HasExited)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The step ended.
        }
    }
}
