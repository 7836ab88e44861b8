using System.Text.Json;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Contracts.Pages;
using EqualifyPdf.Conversion;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Corrections;
using EqualifyPdf.Workflow.Naming;
using EqualifyPdf.Workflow.Resilience;
using EqualifyPdf.Workflow.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace EqualifyPdf.Workflow.Pages;

/// <summary>
/// Corrects one page: load the converted page, run the corrector (retrying with exponential backoff), store the
/// corrected page and its ledger, then record the result. A page that succeeded is never corrected again.
/// </summary>
public sealed class PageGrain(
    [PersistentState(StateNames.Page, StorageNames.Pages)] IPersistentState<PageState> state,
    IBlobStore blobs,
    IPageCorrector corrector,
    IOptions<WorkflowOptions> options,
    ResiliencePipelineProvider<string> pipelines,
    WorkflowMetrics metrics,
    [FromKeyedServices(WorkflowTime.Key)] TimeProvider time,
    ILogger<PageGrain> logger) : Grain, IPageGrain
{
    private readonly Polly.ResiliencePipeline _storage = pipelines.GetPipeline(StorageResilience.PipelineName);

    internal static readonly JsonSerializerOptions LedgerJson = new() { WriteIndented = false };

    /// <inheritdoc />
    public async Task<PageResult> Process(PageWorkItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (state.State.Result is { } done && await blobs.ExistsAsync(BlobContainers.Temp, done.ResultKey!, cancellationToken))
        {
            return done;
        }

        var maxAttempts = options.Value.PageMaxAttempts;
        string? lastError = null;
        var attempts = 0;
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            attempts = attempt;
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var result = await CorrectOnceAsync(item, attempt, cancellationToken);
                await SaveAsync(s =>
                {
                    s.Result = result;
                    s.TotalAttempts++;
                    s.LastError = null;
                    s.UpdatedAt = time.GetUtcNow();
                }, cancellationToken);
                metrics.PageCorrected(result.Confidence);
                return result;
            }
            // An outage of our storage is no failed attempt at the page: it goes to the job, which waits for storage
            // and runs the step again (this page then starts afresh), instead of failing the page and with it the job.
            catch (Exception e) when ((e is not OperationCanceledException || !cancellationToken.IsCancellationRequested) && !Outages.AreOurs(e))
            {
                lastError = e is PageSourceMissingException ? e.Message : $"{e.GetType().Name}: {e.Message}";
                var error = lastError;
                await SaveAsync(s =>
                {
                    s.TotalAttempts++;
                    s.LastError = error;
                    s.UpdatedAt = time.GetUtcNow();
                }, cancellationToken);
                logger.LogWarning("Page {Page} of job {JobId} failed attempt {Attempt}/{Max}: {Error}", item.Page, item.JobId, attempt, maxAttempts, lastError);
                if (e is PageSourceMissingException)
                {
                    break;
                }

                if (attempt < maxAttempts)
                {
                    var delay = options.Value.PageRetryBaseDelay * Math.Pow(2, attempt - 1);
                    await Task.Delay(delay, cancellationToken);
                }
            }
        }

        return new PageResult(item.Page, false, 0, ConfidenceLevels.Low, 0, null, null, attempts, lastError);
    }

    /// <inheritdoc />
    public Task<PageResult?> GetResult() => Task.FromResult(state.State.Result);

    /// <inheritdoc />
    public async Task Purge()
    {
        await state.ClearStateAsync();
        DeactivateOnIdle();
    }

    private async Task<PageResult> CorrectOnceAsync(PageWorkItem item, int attempt, CancellationToken cancellationToken)
    {
        string json;
        await using (var source = await blobs.OpenReadAsync(BlobContainers.Temp, item.SourceKey, cancellationToken)
            ?? throw new PageSourceMissingException($"The converted page {item.Page} is missing; the job must be converted again."))
        using (var reader = new StreamReader(source))
        {
            json = await reader.ReadToEndAsync(cancellationToken);
        }

        var page = DocumentModelJson.DeserializePage(json);
        var correction = await corrector.CorrectAsync(new PageCorrectionRequest(item.JobId, page, item.PreviousHeadingLevel, item.LlmSpentUsd), cancellationToken);

        // The ledger first, then the page: the page's presence is what marks the work as stored.
        var ledgerKey = JobBlobKeys.PageLedger(item.JobId, item.Page);
        var resultKey = JobBlobKeys.CorrectedPage(item.JobId, item.Page);
        await WriteTextAsync(ledgerKey, JsonSerializer.Serialize(correction.Edits, LedgerJson), cancellationToken);
        await WriteTextAsync(resultKey, DocumentModelJson.SerializePage(correction.Page), cancellationToken);
        return new PageResult(
            item.Page, true, correction.Score, ConfidenceLevels.For(correction.Score), correction.Edits.Count, resultKey, ledgerKey, attempt, null, correction.Llm);
    }

    // A storage hiccup while saving a page's result must not count as a failed correction: retried like the job's writes.
    // A write that timed out yet reached Redis makes the retry lose the etag race: re-read and apply the change again.
    private async Task SaveAsync(Action<PageState> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            change(state.State);
            try
            {
                await _storage.RunOnCallerAsync(_ => state.WriteStateAsync(cancellationToken), cancellationToken);
                return;
            }
            catch (Orleans.Storage.InconsistentStateException) when (attempt < 3)
            {
                await _storage.RunOnCallerAsync(_ => state.ReadStateAsync(cancellationToken), cancellationToken);
            }
        }
    }

    private async Task WriteTextAsync(string key, string text, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        await _storage.RunOnCallerAsync(
            async token =>
            {
                content.Position = 0;
                await blobs.WriteAsync(BlobContainers.Temp, key, content, token);
            },
            cancellationToken);
    }
}
