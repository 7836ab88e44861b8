using System.Diagnostics;
using EqualifyPdf.Worker.Protocol;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace EqualifyPdf.Workers.Processes;

/// <summary>One child worker process and its JSON-RPC channel (the child's standard input and output).</summary>
internal sealed class WorkerProcess : IDisposable
{
    /// <summary>Lines of a worker's standard error passed to the log; a stack overflow prints thousands.</summary>
    private const int MaxLoggedErrorLines = 20;

    private readonly Process process;
    private readonly JsonRpc rpc;
    private readonly ILogger logger;
    private int loggedErrorLines;

    private WorkerProcess(Process process, ILogger logger)
    {
        this.process = process;
        this.logger = logger;
        Id = process.Id;
        rpc = new JsonRpc(WorkerProtocol.CreateHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream));
        rpc.StartListening();
        process.ErrorDataReceived += (_, e) => LogError(e.Data);
        process.BeginErrorReadLine();
    }

    /// <summary>The operating system's process id.</summary>
    public int Id { get; }

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited
    {
        get
        {
            try
            {
                return process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    public static WorkerProcess Start(ProcessStartInfo startInfo, ILogger logger)
    {
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("The document worker did not start.");
        return new WorkerProcess(process, logger);
    }

    /// <summary>Calls <paramref name="method"/> with one argument.</summary>
    public Task<T> InvokeAsync<T>(string method, object argument, CancellationToken cancellationToken) =>
        rpc.InvokeWithCancellationAsync<T>(method, [argument], cancellationToken);

    /// <summary>CPU time used by all threads so far, or null once the process is gone.</summary>
    public TimeSpan? CpuTime()
    {
        try
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Resident memory in bytes, or null once the process is gone.</summary>
    public long? ResidentBytes()
    {
        try
        {
            process.Refresh();
            return process.HasExited ? null : process.WorkingSet64;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Kills the process at once (SIGKILL); its CPU use stops with it.</summary>
    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    /// <summary>Waits for the process to end.</summary>
    public Task WaitForExitAsync(CancellationToken cancellationToken) => process.WaitForExitAsync(cancellationToken);

    public void Dispose()
    {
        Kill();
        rpc.Dispose();
        process.Dispose();
    }

    private void LogError(string? line)
    {
        if (line == null || Interlocked.Increment(ref loggedErrorLines) > MaxLoggedErrorLines)
        {
            return;
        }

        logger.LogWarning("Document worker {WorkerId}: {Line}", Id, line);
    }
}
