using EqualifyPdf.Contracts.Approvals;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Contracts.Pages;
using EqualifyPdf.Conversion;
using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Pii.Model;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Approvals;
using EqualifyPdf.Workflow.Naming;
using EqualifyPdf.Workflow.Resilience;
using EqualifyPdf.Workflow.Services;
using Microsoft.Extensions.Logging;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>The workflow script of <see cref="JobGrain"/>, steps in workflow order: check the upload, scan for PII,
/// ask for approval, convert, correct the pages, assemble. One checkpoint after each.</summary>
public sealed partial class JobGrain
{
    private static readonly TimeSpan StorageWaitStep = TimeSpan.FromSeconds(2);

    private IGrainTimer? _driveTimer;
    private CancellationTokenSource? _run;
    private DateTimeOffset? _storageOutageSince;

    // The stage whose start the last transition of this activation recorded along with entering it, so the step
    // itself need not write again; cleared when the step begins.
    private string? _stepStartRecorded;

    // Progress shown once the conversion has started (the stage's share begins a little above its start).
    private const int ConversionStartedProgress = 5;

    private static bool IsActive(JobStatus status) => !status.IsTerminal();

    /// <summary>Starts the drive loop on a grain timer unless it already runs: callers never wait for work.</summary>
    private void ScheduleDrive()
    {
        // An ended job has nothing to drive; if a crash interrupted its terminal effects, its lifecycle reminder
        // (still armed as a keep-alive) applies them on its next tick.
        if (_driveTimer is not null || !state.RecordExists || !IsActive(State.Status))
        {
            return;
        }

        _driveTimer = this.RegisterGrainTimer(
            DriveAsync, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    private async Task DriveAsync(CancellationToken timerToken)
    {
        // A silo shutting down stops the step (and kills its worker) instead of holding the shutdown until the step
        // ends; the job stays active and the next activation (keep-alive reminder) resumes from the checkpoint.
        using var run = CancellationTokenSource.CreateLinkedTokenSource(timerToken, lifetime.ApplicationStopping);
        _run = run;
        try
        {
            while (!run.IsCancellationRequested && await StepAsync(run.Token))
            {
            }

            if (State.Status.IsTerminal())
            {
                await ApplyTerminalEffectsAsync();
            }
        }
        catch (StorageUnavailableException e)
        {
            // Even failing the job could not be recorded: stop here; the keep-alive reminder drives it again later.
            logger.LogWarning(e.InnerException, "Job {JobId}: storage unavailable, the drive pauses until the next keep-alive", JobId);
        }
        finally
        {
            _run = null;
            _driveTimer?.Dispose();
            _driveTimer = null;
        }
    }

    /// <summary>Runs the step of the current status; false when the job now waits (approval) or has ended.</summary>
    private async Task<bool> StepAsync(CancellationToken ct)
    {
        var status = State.Status;
        try
        {
            var more = await RunStepAsync(status, ct);
            _storageOutageSince = null;
            return more;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return false;
        }
        catch (StepFailedException e)
        {
            await FailAsync(status, e.Error, JobReasons.Error);
            return false;
        }
        catch (DocumentWorkerException e)
        {
            // The worker died or hit a limit; the step starts again and its persisted count decides when to stop.
            logger.LogWarning("Job {JobId}: document worker stopped in {Stage} ({Failure})", JobId, State.Stage, e.Failure);
            return true;
        }
        catch (Exception e) when (Outages.AreOurs(e))
        {
            return await WaitForStorageAsync(status, e, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Job {JobId}: unexpected error in {Stage}", JobId, State.Stage);
            await FailAsync(status, new JobError(State.Stage, ErrorCategory.Temporary, "An unexpected error stopped the job. Retry it; if it fails again, contact an administrator."), JobReasons.Error);
            return false;
        }
    }

    private async Task<bool> RunStepAsync(JobStatus status, CancellationToken ct)
    {
        switch (status)
        {
            case JobStatus.Submitted:
                await CheckUploadAsync(ct);
                return true;
            case JobStatus.PiiScanning:
                await ScanForPiiAsync(ct);
                return true;
            case JobStatus.AwaitingApproval:
                if (!State.NotificationSent)
                {
                    await RequestApprovalAsync(ct);
                }

                return false;
            case JobStatus.Processing:
                await ProcessWithDeadlineAsync(ct);
                return true;
            default:
                return false;
        }
    }


    /// <summary>Storage (or a silo) did not answer even after the retries: wait and run the step again from its
    /// checkpoint, and fail the job (<c>temporary</c>) only once the outage outlasts <see cref="WorkflowOptions.StorageOutageLimit"/>.</summary>
    private async Task<bool> WaitForStorageAsync(JobStatus status, Exception e, CancellationToken ct)
    {
        var now = Now;
        _storageOutageSince ??= now;
        if (now - _storageOutageSince.Value >= _options.StorageOutageLimit)
        {
            _storageOutageSince = null;
            var minutes = (int)_options.StorageOutageLimit.TotalMinutes;
            await FailAsync(status, new JobError(State.Stage, ErrorCategory.Temporary,
                $"Our storage was unreachable for {minutes} minutes. Nothing is wrong with the document: retry the job later."), JobReasons.Error);
            return false;
        }

        logger.LogWarning("Job {JobId}: storage unavailable in {Stage} ({Error}); waiting", JobId, State.Stage, e.GetType().Name);
        // Real time, not the workflow clock: this paces calls to a server, it is no deadline of the job.
        await Task.Delay(StorageWaitStep, ct);
        return true;
    }

    private async Task CheckUploadAsync(CancellationToken ct)
    {
        if (!await StorageCallAsync(token => blobs.ExistsAsync(BlobContainers.Temp, State.UploadKey, token), ct))
        {
            throw new StepFailedException(new JobError(JobStages.Queued, ErrorCategory.UserFixable, "The uploaded file is missing. Upload the document again."));
        }

        var now = Now;
        if (await TransitionAsync(JobStatus.Submitted, JobStatus.PiiScanning, JobReasons.Started, JobReasons.System, s =>
            {
                AddStageTime(s, JobStages.Queued, now);
                s.Stage = JobStages.PiiScan;
                s.Progress = JobStages.ProgressAt(JobStages.PiiScan);
                RecordStepStart(s, JobStages.PiiScan);
            }))
        {
            _stepStartRecorded = JobStages.PiiScan;
        }
    }

    private async Task ScanForPiiAsync(CancellationToken ct)
    {
        if (State.SkipPiiScan)
        {
            await SkipPiiScanAsync();
            return;
        }

        PiiReport report;
        await CountStepStartAsync(JobStatus.PiiScanning, JobStages.PiiScan);
        try
        {
            // The scanner waits in this silo's DocumentWorkQueue first; the snapshot shows the job's place meanwhile.
            await using var pdf = await OpenUploadAsync(JobStages.PiiScan, ct);
            report = await piiScanner.ScanAsync(pdf, JobId, ct);
        }
        catch (ConversionException e)
        {
            throw ConversionFailure(JobStages.PiiScan, e);
        }

        ct.ThrowIfCancellationRequested();
        var findings = report.Findings.Select(f => new MaskedFinding(f.EntityType, f.Page, f.Score, f.Snippet, f.TriggersReview, f.Reason)).ToList();
        var counts = findings.GroupBy(f => f.EntityType).ToDictionary(g => g.Key, g => g.Count());
        if (findings.Count > _options.MaxFindingsInState)
        {
            // The state keeps the first ones and the counts; the whole list waits beside the upload.
            await StorageCallAsync(token => blobs.WriteJsonAsync(BlobContainers.Temp, JobBlobKeys.Findings(JobId), findings, token), ct);
        }

        var found = report.Verdict == PiiVerdict.NeedsReview;
        var review = found || State.ReviewMode == ReviewMode.Human;
        var now = Now;
        var moved = await TransitionAsync(
            JobStatus.PiiScanning,
            review ? JobStatus.AwaitingApproval : JobStatus.Processing,
            found ? JobReasons.PiiFound : review ? JobReasons.ReviewRequested : JobReasons.PiiClean,
            JobReasons.System,
            s =>
            {
                s.Findings = [.. findings.Take(_options.MaxFindingsInState)];
                s.FindingCounts = counts;
                AddStageTime(s, JobStages.PiiScan, now);
                s.Stage = review ? JobStages.AwaitingApproval : JobStages.Conversion;
                s.Progress = JobStages.ProgressAt(s.Stage);
                if (!review)
                {
                    s.ProcessingStartedAt = now;
                    RecordStepStart(s, JobStages.Conversion);
                    s.Progress += ConversionStartedProgress;
                }
            });
        if (moved && !review)
        {
            _stepStartRecorded = JobStages.Conversion;
        }
    }

    /// <summary>An operator's skip: straight to conversion, the reason in the history (actor: the submitting operator).</summary>
    private async Task SkipPiiScanAsync()
    {
        var now = Now;
        await TransitionAsync(JobStatus.PiiScanning, JobStatus.Processing, JobReasons.PiiScanSkipped, State.SubmittedBy, s =>
        {
            AddStageTime(s, JobStages.PiiScan, now);
            s.Stage = JobStages.Conversion;
            s.Progress = JobStages.ProgressAt(JobStages.Conversion);
            s.ProcessingStartedAt = now;
        }, State.SkipReason);
    }

    /// <summary>
    /// Mints the job's one live link (its hash replaces any earlier one, which thereby stops working), binds the hash
    /// to this job, arms the deadline, then tells the reviewers. A crash before the last checkpoint mints a new link
    /// next time, and the notification for it replaces the old one.
    /// </summary>
    private async Task RequestApprovalAsync(CancellationToken ct)
    {
        var token = ApprovalTokens.Create();
        var hash = ApprovalTokenHash.Compute(token);
        var expires = State.ApprovalExpiresAt ?? Now + _options.ApprovalTimeout;
        if (!await CheckpointAsync(JobStatus.AwaitingApproval, s => (s.TokenHash, s.ApprovalExpiresAt, s.NotificationSent) = (hash, expires, false)))
        {
            return;
        }

        await StorageCallAsync(_ => GrainFactory.GetGrain<IApprovalTokenGrain>(hash).Register(JobId, expires), ct);
        var due = expires - Now;
        await StorageCallAsync(
            _ => this.RegisterOrUpdateReminder(ReminderNames.ApprovalDeadline, due > TimeSpan.Zero ? due : TimeSpan.Zero, _options.KeepAlivePeriod), ct);

        var reviewUrl = $"{_options.PublicBaseUrl.TrimEnd('/')}/api/v1/approval/{token}/review";
        await notifier.NotifyAsync(new ApprovalNotification(
            ApprovalNotification.ApprovalRequired, JobId, reviewUrl, expires, State.Filename, State.FindingCounts, State.SubmittedBy), ct);
        await CheckpointAsync(JobStatus.AwaitingApproval, s => s.NotificationSent = true);
    }

    private async Task ProcessWithDeadlineAsync(CancellationToken ct)
    {
        var started = State.ProcessingStartedAt ?? Now;
        var remaining = started + _options.ProcessingTimeout - Now;
        using var deadline = new CancellationTokenSource(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        try
        {
            if (!State.ConversionDone)
            {
                await ConvertAsync(linked.Token);
            }

            var pages = await CorrectPagesAsync(linked.Token);
            await AssembleAsync(pages, linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            await FailTimeoutAsync();
        }
    }

    private async Task FailTimeoutAsync()
    {
        var minutes = (int)_options.ProcessingTimeout.TotalMinutes;
        await FailAsync(JobStatus.Processing, new JobError(State.Stage, ErrorCategory.Temporary,
            $"Processing took longer than the {minutes}-minute limit. Retry the job, or split the document into smaller parts."), JobReasons.Timeout);
    }

    private async Task ConvertAsync(CancellationToken ct)
    {
        DocumentModel model;
        Corrections.DocumentPassResult pass;
        await CountStepStartAsync(JobStatus.Processing, JobStages.Conversion,
            s => (s.Stage, s.Progress) = (JobStages.Conversion, JobStages.ProgressAt(JobStages.Conversion) + ConversionStartedProgress));
        try
        {
            await using var pdf = await OpenUploadAsync(JobStages.Conversion, ct);
            model = await converter.ConvertAsync(pdf, new ConversionRequest(JobId, State.Filename, State.Language, [.. State.OcrLanguages]), ct);
            pass = await documentPass.RunAsync(JobId, model, ct);
            model = pass.Document;
        }
        catch (ConversionException e)
        {
            throw ConversionFailure(JobStages.Conversion, e);
        }

        // Per page: the level of the last heading before it, so each page grain can correct its page alone.
        var levels = new List<int>(model.Pages.Count);
        var last = 0;
        foreach (var page in model.Pages)
        {
            ct.ThrowIfCancellationRequested();
            levels.Add(last);
            last = page.Blocks.LastOrDefault(b => b.Role == BlockRole.Heading)?.Level ?? last;
            await StorageCallAsync(
                token => blobs.WriteTextAsync(BlobContainers.Temp, JobBlobKeys.SourcePage(JobId, page.Number), DocumentModelJson.SerializePage(page), token), ct);
        }

        await StorageCallAsync(token => blobs.WriteJsonAsync(BlobContainers.Temp, JobBlobKeys.Outline(JobId), levels, token), ct);
        var now = Now;
        await CheckpointAsync(JobStatus.Processing, s =>
        {
            s.ConversionDone = true;
            (s.LlmDocument, s.Llm) = (pass.Llm, pass.Llm);
            s.PageCount = model.Pages.Count;
            s.DocumentTitle = string.IsNullOrWhiteSpace(s.Title) ? model.Info.Title : s.Title;
            s.DocumentLanguage = model.Info.Language;
            s.PagesDone = 0;
            AddStageTime(s, JobStages.Conversion, now);
            s.Stage = JobStages.PageCorrection;
            s.Progress = JobStages.ProgressAt(JobStages.PageCorrection);
        });
    }

    /// <summary>One page grain per page, at most <see cref="WorkflowOptions.PageConcurrency"/> at once. A page grain
    /// that already succeeded (in an earlier run) answers from its own state, so a resumed job redoes no page.</summary>
    private async Task<IReadOnlyList<PageResult>> CorrectPagesAsync(CancellationToken ct)
    {
        var levels = await StorageCallAsync(token => blobs.ReadJsonAsync<List<int>>(BlobContainers.Temp, JobBlobKeys.Outline(JobId), token), ct)
            ?? throw new StepFailedException(new JobError(JobStages.PageCorrection, ErrorCategory.Temporary,
                "An intermediate result of the conversion is missing. Retry the job."));
        var pending = new Queue<int>(Enumerable.Range(1, State.PageCount));
        var running = new List<Task<PageResult>>();
        var results = new List<PageResult>(State.PageCount);
        PageResult? failure = null;
        while (pending.Count > 0 || running.Count > 0)
        {
            while (failure is null && running.Count < _options.PageConcurrency && pending.Count > 0)
            {
                var page = pending.Dequeue();
                var item = new PageWorkItem(JobId, page, JobBlobKeys.SourcePage(JobId, page), levels.ElementAtOrDefault(page - 1),
                    LlmUsage.Sum([State.LlmDocument, .. results.Select(r => r.Llm)])?.CostUsd ?? 0);
                running.Add(GrainFactory.GetGrain<IPageGrain>(PageGrainKey.For(JobId, page)).Process(item, ct));
            }

            if (running.Count == 0)
            {
                break;
            }

            var done = await Task.WhenAny(running);
            running.Remove(done);
            var result = await done;
            ct.ThrowIfCancellationRequested();
            if (!result.Succeeded)
            {
                failure ??= result;
                continue;
            }

            results.Add(result);
            var progress = JobStages.PageProgress(results.Count, State.PageCount);
            // The last page's progress goes out with the write that ends the stage, just below.
            var lastPage = results.Count == State.PageCount;
            var checkpoint = !lastPage && progress != State.Progress && State.Stage == JobStages.PageCorrection;
            // When a checkpoint follows (this one, or the one that ends the stage), the page event rides with it.
            await PublishPageAsync(results.Count, withNextCommit: checkpoint || lastPage);
            if (checkpoint)
            {
                // Written when the percentage moves, not per page: at most one write per percent whatever the length.
                var count = results.Count;
                var llm = LlmUsage.Sum([State.LlmDocument, .. results.Select(r => r.Llm)]);
                await CheckpointAsync(JobStatus.Processing, s => (s.PagesDone, s.Progress, s.Llm) = (count, progress, llm));
            }
        }

        if (failure is not null)
        {
            throw new StepFailedException(new JobError(JobStages.PageCorrection, ErrorCategory.Temporary,
                $"Page {failure.Page} could not be corrected after {failure.Attempts} attempts. Retry the job; pages already done are kept."));
        }

        var now = Now;
        var total = LlmUsage.Sum([State.LlmDocument, .. results.Select(r => r.Llm)]);
        await CheckpointAsync(JobStatus.Processing, s =>
        {
            s.PagesDone = s.PageCount;
            s.Llm = total;
            if (s.Stage == JobStages.PageCorrection)
            {
                AddStageTime(s, JobStages.PageCorrection, now);
            }

            s.Stage = JobStages.Assembly;
            s.Progress = JobStages.ProgressAt(JobStages.Assembly);
        });
        return [.. results.OrderBy(r => r.Page)];
    }

    private async Task AssembleAsync(IReadOnlyList<PageResult> results, CancellationToken ct)
    {
        var pages = new List<PageModel>(results.Count);
        var ledgers = new List<string>(results.Count);
        foreach (var result in results)
        {
            pages.Add(DocumentModelJson.DeserializePage(await ReadRequiredAsync(result.ResultKey!, ct)));
            ledgers.Add(await ReadRequiredAsync(result.LedgerKey!, ct));
        }

        if (State.LlmDocument is not null)
        {
            ledgers.Insert(0, await ReadRequiredAsync(JobBlobKeys.DocumentLedger(JobId), ct));
        }

        var info = new DocumentInfo(State.DocumentTitle ?? State.Filename, State.DocumentLanguage ?? State.Language ?? "en", State.PageCount);
        var now = Now;
        var stageSeconds = new Dictionary<string, double>(State.StageSeconds)
        {
            [JobStages.Assembly] = State.StageSeconds.GetValueOrDefault(JobStages.Assembly) + (now - (State.StageStartedAt ?? now)).TotalSeconds,
        };
        var input = new AssemblyInput(
            JobId, State.Filename, State.Attempts, State.CreatedAt, now, new DocumentModel(info, pages), results, ledgers, stageSeconds, State.Llm);
        var outputs = await Task.Run(() => JobAssembler.Build(input), ct);

        var keys = new Dictionary<string, string>();
        foreach (var (format, content) in outputs)
        {
            var key = JobBlobKeys.Result(JobId, ResultNames.FileNames[format]);
            await StorageCallAsync(token => blobs.WriteTextAsync(BlobContainers.Results, key, content, token), ct);
            keys[format] = key;
        }

        ct.ThrowIfCancellationRequested();
        await TransitionAsync(JobStatus.Processing, JobStatus.Completed, JobReasons.Completed, JobReasons.System, s =>
        {
            s.ResultKeys = keys;
            s.StageSeconds = stageSeconds;
            s.StageStartedAt = now;
            s.Stage = JobStages.Done;
            s.Progress = JobStages.ProgressAt(JobStages.Done);
        });
        await ApplyTerminalEffectsAsync();
    }

    /// <summary>Persists that a document step starts, before it runs: a PDF that kills its worker (or the silo) every
    /// time is failed after <see cref="WorkflowOptions.MaxStepStarts"/> starts instead of looping.</summary>
    /// <param name="status">The status the step runs in.</param>
    /// <param name="stage">The step.</param>
    /// <param name="alsoRecord">More of the step's start to record in the same write.</param>
    private async Task CountStepStartAsync(JobStatus status, string stage, Action<JobState>? alsoRecord = null)
    {
        if (_stepStartRecorded == stage)
        {
            // The write that entered this stage, moments ago in this activation, already counted this start.
            _stepStartRecorded = null;
            return;
        }

        _stepStartRecorded = null;
        await CheckpointAsync(status, s =>
        {
            RecordStepStart(s, stage);
            alsoRecord?.Invoke(s);
        });
    }

    /// <summary>Counts a start of <paramref name="stage"/> into the state about to be written; throws when the PDF
    /// already stopped its worker <see cref="WorkflowOptions.MaxStepStarts"/> times.</summary>
    private void RecordStepStart(JobState s, string stage)
    {
        if (s.StepStarts.GetValueOrDefault(stage) >= _options.MaxStepStarts)
        {
            throw new StepFailedException(new JobError(stage, ErrorCategory.UserFixable,
                $"This PDF could not be processed safely: reading it stopped our document worker {_options.MaxStepStarts} times. "
                + "Re-save or print it to a new PDF and upload that file."));
        }

        s.StepStarts[stage] = s.StepStarts.GetValueOrDefault(stage) + 1;
    }

    private async Task<Stream> OpenUploadAsync(string stage, CancellationToken ct) =>
        await StorageCallAsync(token => blobs.OpenReadAsync(BlobContainers.Temp, State.UploadKey, token), ct)
            ?? throw new StepFailedException(new JobError(stage, ErrorCategory.UserFixable, "The uploaded file is missing. Upload the document again."));

    private async Task<string> ReadRequiredAsync(string key, CancellationToken ct) =>
        await StorageCallAsync(token => blobs.ReadTextAsync(BlobContainers.Temp, key, token), ct)
            ?? throw new StepFailedException(new JobError(JobStages.Assembly, ErrorCategory.Temporary,
                "An intermediate page result is missing. Retry the job."));

    private static StepFailedException ConversionFailure(string stage, ConversionException e) => new(
        new JobError(stage, e.Kind == ConversionErrorKind.TimedOut ? ErrorCategory.Temporary : ErrorCategory.UserFixable, e.Message), e);
}
