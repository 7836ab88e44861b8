using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Workflow.Admission;
using EqualifyPdf.Workflow.Jobs;

namespace EqualifyPdf.Workflow.Telemetry;

/// <summary>
/// The product's instruments on the <see cref="MeterName"/> meter, one silo's share of each (Prometheus sums over
/// silos). The job grain reports every committed state change through <see cref="Committed"/>, so one call site
/// derives transitions, PII verdicts, stage durations and approval latencies from the before/after states; gauges
/// read the jobs this silo holds (an active job stays activated: its keep-alive reminder reactivates it after a crash).
/// </summary>
public sealed class WorkflowMetrics
{
    /// <summary>Name of the meter.</summary>
    public const string MeterName = "EqualifyPdf.Workflow";

    private static readonly double[] StageBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 14400];
    private static readonly double[] ApprovalBuckets = [10, 60, 300, 900, 1800, 3600, 7200, 14400, 28800, 86400];

    private readonly ConcurrentDictionary<string, JobStatus> _held = new(StringComparer.Ordinal);
    private readonly Counter<long> _transitions;
    private readonly Histogram<double> _stageDuration;
    private readonly Counter<long> _pagesCorrected;
    private readonly Counter<long> _piiVerdicts;
    private readonly Histogram<double> _approvalLatency;
    private readonly Counter<long> _notifications;

    /// <summary>Creates the instruments.</summary>
    /// <param name="meterFactory">The host's meter factory (the meter lives as long as the host).</param>
    /// <param name="queue">This silo's document-step queue, for <c>equalifypdf.queue_depth</c>.</param>
    public WorkflowMetrics(IMeterFactory meterFactory, DocumentWorkQueue queue)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(queue);
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge("equalifypdf.jobs", ActiveJobs, "{job}", "Active jobs this silo holds, by status.");
        meter.CreateObservableGauge(
            "equalifypdf.approvals.pending", () => _held.Values.Count(s => s == JobStatus.AwaitingApproval), "{job}",
            "Jobs this silo holds that wait for a reviewer's decision.");
        meter.CreateObservableGauge("equalifypdf.queue_depth", () => queue.Backlog, "{step}",
            "Document steps (PII scans, conversions) waiting for a worker in this silo.");
        _transitions = meter.CreateCounter<long>("equalifypdf.job.transitions", "{job}", "Jobs entering each status.");
        _stageDuration = meter.CreateHistogram("equalifypdf.stage.duration", "s", "Time one job spent in one workflow stage.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = StageBuckets });
        _pagesCorrected = meter.CreateCounter<long>("equalifypdf.pages.corrected", "{page}", "Pages corrected, by confidence level.");
        _piiVerdicts = meter.CreateCounter<long>("equalifypdf.pii.verdicts", "{job}", "PII scans finished, by verdict.");
        _approvalLatency = meter.CreateHistogram("equalifypdf.approval.latency", "s",
            "Time from asking reviewers to the outcome, by outcome (approved, denied, expired, cancelled).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ApprovalBuckets });
        _notifications = meter.CreateCounter<long>("equalifypdf.notifications", "{message}",
            "Reviewer notifications by channel (outbox, webhook, email) and outcome (sent, retried, failed).");
    }

    /// <summary>This silo holds <paramref name="jobId"/> in <paramref name="status"/> (activation, or after a write).</summary>
    public void Observe(string jobId, JobStatus status) => _held[jobId] = status;

    /// <summary>This silo no longer holds <paramref name="jobId"/> (deactivation).</summary>
    public void Forget(string jobId) => _held.TryRemove(jobId, out _);

    /// <summary>Records what a successful write of <paramref name="after"/> over <paramref name="before"/> means.</summary>
    internal void Committed(JobState before, JobState after)
    {
        Observe(after.JobId, after.Status);
        foreach (var (stage, seconds) in after.StageSeconds)
        {
            var spent = seconds - before.StageSeconds.GetValueOrDefault(stage);
            if (spent > 0)
            {
                _stageDuration.Record(spent, new KeyValuePair<string, object?>("stage", stage));
            }
        }

        if (before.Status == after.Status && !string.IsNullOrEmpty(before.JobId))
        {
            return;
        }

        _transitions.Add(1, Tag("status", after.Status));
        if (before.Status == JobStatus.PiiScanning && after.Status is JobStatus.AwaitingApproval or JobStatus.Processing)
        {
            _piiVerdicts.Add(1, new KeyValuePair<string, object?>("verdict", after.Status == JobStatus.AwaitingApproval ? "needs_review" : "clean"));
        }

        if (before.Status == JobStatus.AwaitingApproval
            && before.History.LastOrDefault(h => h.To == JobStatus.AwaitingApproval) is { } asked)
        {
            var outcome = after.Status switch
            {
                JobStatus.Processing => "approved",
                JobStatus.Denied when after.History[^1].Reason == JobReasons.ApprovalTimeout => "expired",
                JobStatus.Denied => "denied",
                _ => JsonNaming.SnakeCase(after.Status.ToString()),
            };
            _approvalLatency.Record(Math.Max(0, (after.UpdatedAt - asked.At).TotalSeconds), new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    /// <summary>A page grain stored a corrected page (pages answered from an earlier run are not counted again).</summary>
    public void PageCorrected(string confidence) =>
        _pagesCorrected.Add(1, new KeyValuePair<string, object?>("confidence", confidence.ToLowerInvariant()));

    /// <summary>A reviewer notification went out, was retried or failed for good.</summary>
    public void Notification(string channel, string outcome) =>
        _notifications.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("outcome", outcome));

    private IEnumerable<Measurement<long>> ActiveJobs() =>
        Enum.GetValues<JobStatus>().Where(status => !status.IsTerminal())
            .Select(status => new Measurement<long>(_held.Values.Count(s => s == status), Tag("status", status)))
            .ToList();

    private static KeyValuePair<string, object?> Tag(string name, JobStatus status) => new(name, JsonNaming.SnakeCase(status.ToString()));
}
