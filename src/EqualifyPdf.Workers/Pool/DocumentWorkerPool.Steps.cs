using EqualifyPdf.Conversion;
using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Pii.Model;
using EqualifyPdf.Worker.Protocol;
using EqualifyPdf.Workers.Input;
using EqualifyPdf.Workers.Processes;
using EqualifyPdf.Workflow.Services;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace EqualifyPdf.Workers.Pool;

public sealed partial class DocumentWorkerPool
{
    /// <summary>Extracts the page texts of <paramref name="pdf"/> and PII-scans them in a worker.</summary>
    /// <param name="pdf">The PDF; a <see cref="FileStream"/> is passed by path, anything else spooled to a scratch file.</param>
    /// <param name="jobId">The job, for its place in the queue.</param>
    /// <param name="cancellationToken">Cancels the wait, or kills the worker running the step.</param>
    /// <returns>The PII report.</returns>
    /// <exception cref="ConversionException">The PDF cannot be read (same kind and message as in process).</exception>
    /// <exception cref="DocumentWorkerException">The worker crashed, or was killed on its CPU budget or memory ceiling.</exception>
    /// <exception cref="OperationCanceledException">The step was cancelled or the host is stopping.</exception>
    public async Task<PiiReport> ScanPiiAsync(Stream pdf, string jobId, CancellationToken cancellationToken)
    {
        using var input = await PdfInput.OpenAsync(pdf, options.ScratchFolder, cancellationToken).ConfigureAwait(false);
        return await RunAsync<PiiReport>(jobId, WorkerMethods.ScanPii, new ScanPiiRequest(input.Path, jobId), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Converts <paramref name="pdf"/> into the document model in a worker.</summary>
    /// <param name="pdf">The PDF; a <see cref="FileStream"/> is passed by path, anything else spooled to a scratch file.</param>
    /// <param name="request">The job and the user's hints.</param>
    /// <param name="cancellationToken">Cancels the wait, or kills the worker running the step.</param>
    /// <returns>The converted document.</returns>
    /// <exception cref="ConversionException">The PDF cannot be converted (same kind and message as in process).</exception>
    /// <exception cref="DocumentWorkerException">The worker crashed, or was killed on its CPU budget or memory ceiling.</exception>
    /// <exception cref="OperationCanceledException">The step was cancelled or the host is stopping.</exception>
    public async Task<DocumentModel> ConvertAsync(Stream pdf, ConversionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var input = await PdfInput.OpenAsync(pdf, options.ScratchFolder, cancellationToken).ConfigureAwait(false);
        var call = new ConvertRequest(input.Path, request.JobId, request.Filename, request.Language,
            request.OcrLanguages is { Count: > 0 } ocr ? string.Join('+', ocr) : null);
        return await RunAsync<DocumentModel>(request.JobId, WorkerMethods.Convert, call, cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> RunAsync<T>(string jobId, string method, object request, CancellationToken cancellationToken)
    {
        using var slot = await queue.EnterAsync(jobId, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (stopping)
        {
            throw new OperationCanceledException("The silo is shutting down.");
        }

        var worker = TakeWorker();
        var watchdog = new StepWatchdog(worker, options);
        steps.TryAdd(watchdog, 0);
        using var stepDone = new CancellationTokenSource();
        var watching = watchdog.WatchAsync(stepDone.Token);
        var healthy = false;
        try
        {
            using (cancellationToken.Register(() => watchdog.Stop(StopReason.Cancelled)))
            {
                var result = await worker.InvokeAsync<T>(method, request, CancellationToken.None).ConfigureAwait(false);
                healthy = true;
                return result;
            }
        }
        catch (RemoteInvocationException ex) when (WorkerErrorCodes.TryGetConversionKind(ex.ErrorCode, out var kind))
        {
            // A bad PDF, not a bad worker: the process stays in the pool.
            healthy = true;
            throw new ConversionException(kind, ex.Message);
        }
        catch (RemoteInvocationException ex) when (ex.ErrorCode == WorkerErrorCodes.InputMissing)
        {
            healthy = true;
            throw new FileNotFoundException(ex.Message, ex);
        }
        catch (Exception ex) when (ex is RemoteInvocationException or ConnectionLostException or ObjectDisposedException)
        {
            throw Failure(watchdog.Reason, ex, jobId, worker.Id, cancellationToken);
        }
        finally
        {
            await stepDone.CancelAsync().ConfigureAwait(false);
            await watching.ConfigureAwait(false);
            steps.TryRemove(watchdog, out _);
            GiveBack(worker, healthy && watchdog.Reason == StopReason.None);
        }
    }

    private Exception Failure(StopReason reason, Exception ex, string jobId, int workerId, CancellationToken cancellationToken)
    {
        if (reason == StopReason.Cancelled)
        {
            return new OperationCanceledException("The document step was cancelled.", ex, cancellationToken);
        }

        if (reason == StopReason.Shutdown || stopping)
        {
            // Not the document's fault: it must not count against the job.
            return new OperationCanceledException("The silo is shutting down.", ex);
        }

        var failure = reason switch
        {
            StopReason.CpuBudget => DocumentWorkerFailure.TimedOut,
            StopReason.MemoryCeiling => DocumentWorkerFailure.OutOfMemory,
            _ when ex is RemoteInvocationException { ErrorCode: WorkerErrorCodes.OutOfMemory } => DocumentWorkerFailure.OutOfMemory,
            _ => DocumentWorkerFailure.Crashed,
        };
        logger.LogWarning("Document worker {WorkerId} failed on job {JobId}: {Failure}", workerId, jobId, failure);
        return new DocumentWorkerException(failure, ex);
    }
}
