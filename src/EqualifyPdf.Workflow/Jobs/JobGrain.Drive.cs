using EqualifyPdf.Contracts.Approvals;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Conversion;
using EqualifyPdf.Pii.Model;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Approvals;
using EqualifyPdf.Workflow.Naming;
using EqualifyPdf.Workflow.Services;
using Microsoft.Extensions.Logging;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>The workflow script of <see cref="JobGrain"/>: one method per step, a checkpoint after each.</summary>
public sealed partial class JobGrain
{
    private IGrainTimer? _driveTimer;
    private CancellationTokenSource? _run;

    private static bool IsActive(JobStatus status) => !status.IsTerminal();

    /// <summary>Starts the drive loop on a grain timer unless it already runs: callers never wait for work.</summary>
    private void ScheduleDrive()
    {
        if (_driveTimer is not null || !state.RecordExists || (!IsActive(State.Status) && State.TerminalEffectsDone))
        {
            return;
        }

        _driveTimer = this.RegisterGrainTimer(
            DriveAsync, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    private async Task DriveAsync(CancellationToken timerToken)
    {
        // A silo shutting down stops the step at its next checkpoint instead of holding the shutdown until the step
        // ends; the job stays active and the next activation (keep-alive reminder) resumes from the checkpoint.
        using var run = CancellationTokenSource.CreateLinkedTokenSource(timerToken, lifetime.ApplicationStopping);
        _run = run;
        try
        {
            while (!run.IsCancellationRequested && await StepAsync(run.Token))
            {
            }
        }
        finally
        {
            _run = null;
            _driveTimer?.Dispose();
            _driveTimer = null;
            if (State.Status.IsTerminal())
            {
                // Also after a cancel: a page may have written into temp while the cancel was deleting it.
                await ApplyTerminalEffectsAsync();
                if (State.Status is not JobStatus.Failed)
                {
                    await DeleteTempAsync();
                }
            }
        }
    }

    /// <summary>Runs the step of the current status; false when the job now waits (approval) or has ended.</summary>
    private async Task<bool> StepAsync(CancellationToken ct)
    {
        var status = State.Status;
        try
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
                    await ApplyTerminalEffectsAsync();
                    return false;
            }
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
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Job {JobId}: unexpected error in {Stage}", JobId, State.Stage);
            await FailAsync(status, new JobError(State.Stage, ErrorCategory.Temporary, "An unexpected error stopped the job. Retry it; if it fails again, contact an administrator."), JobReasons.Error);
            return false;
        }
    }

    private async Task CheckUploadAsync(CancellationToken ct)
    {
        if (!await blobs.ExistsAsync(BlobContainers.Temp, State.UploadKey, ct))
        {
            throw new StepFailedException(new JobError(JobStages.Queued, ErrorCategory.UserFixable, "The uploaded file is missing. Upload the document again."));
        }

        var now = Now;
        await TransitionAsync(JobStatus.Submitted, JobStatus.PiiScanning, JobReasons.Started, JobReasons.System, s =>
        {
            AddStageTime(s, JobStages.Queued, now);
            s.Stage = JobStages.PiiScan;
            s.Progress = 5;
        });
    }

    private async Task ScanForPiiAsync(CancellationToken ct)
    {
        PiiReport report;
        try
        {
            await using var pdf = await OpenUploadAsync(JobStages.PiiScan, ct);
            report = await piiScanner.ScanAsync(pdf, JobId, ct);
        }
        catch (ConversionException e)
        {
            throw ConversionFailure(JobStages.PiiScan, e);
        }

        ct.ThrowIfCancellationRequested();
        var findings = report.Findings.Select(f => new MaskedFinding(f.EntityType, f.Page, f.Score, f.Snippet)).ToList();
        var review = report.Verdict == PiiVerdict.NeedsReview;
        var now = Now;
        await TransitionAsync(
            JobStatus.PiiScanning,
            review ? JobStatus.AwaitingApproval : JobStatus.Processing,
            review ? JobReasons.PiiFound : JobReasons.PiiClean,
            JobReasons.System,
            s =>
            {
                s.Findings = findings;
                AddStageTime(s, JobStages.PiiScan, now);
                s.Stage = review ? JobStages.AwaitingApproval : JobStages.Conversion;
                s.Progress = review ? 20 : 25;
                if (!review)
                {
                    s.ProcessingStartedAt = now;
                }
            });
    }

    /// <summary>Creates the link, binds its hash to this job, arms the deadline, then tells the reviewers.</summary>
    private async Task RequestApprovalAsync(CancellationToken ct)
    {
        var token = ApprovalTokens.Create();
        var hash = ApprovalTokenHash.Compute(token);
        var expires = State.ApprovalExpiresAt ?? Now + _options.ApprovalTimeout;
        if (!await CheckpointAsync(JobStatus.AwaitingApproval, s => (s.TokenHash, s.ApprovalExpiresAt) = (hash, expires)))
        {
            return;
        }

        await GrainFactory.GetGrain<IApprovalTokenGrain>(hash).Register(JobId, expires);
        var due = expires - Now;
        await this.RegisterOrUpdateReminder(ReminderNames.ApprovalDeadline, due > TimeSpan.Zero ? due : TimeSpan.Zero, _options.KeepAlivePeriod);

        var reviewUrl = $"{_options.PublicBaseUrl.TrimEnd('/')}/api/v1/approval/{token}/review";
        await notifier.NotifyAsync(new ApprovalNotification(ApprovalNotification.ApprovalRequired, JobId, reviewUrl, expires), ct);
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
            await ProcessAsync(linked.Token);
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

    private async Task<Stream> OpenUploadAsync(string stage, CancellationToken ct) =>
        await blobs.OpenReadAsync(BlobContainers.Temp, State.UploadKey, ct)
            ?? throw new StepFailedException(new JobError(stage, ErrorCategory.UserFixable, "The uploaded file is missing. Upload the document again."));

    private static StepFailedException ConversionFailure(string stage, ConversionException e) => new(
        new JobError(stage, e.Kind == ConversionErrorKind.TimedOut ? ErrorCategory.Temporary : ErrorCategory.UserFixable, e.Message), e);
}
