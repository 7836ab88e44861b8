using System.Diagnostics.Metrics;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Workflow.Admission;
using EqualifyPdf.Workflow.Jobs;
using EqualifyPdf.Workflow.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace EqualifyPdf.Workflow.Tests.Telemetry;

/// <summary>What one committed state change records: transitions, verdicts, stage durations, approval latencies, and
/// the gauges of the jobs a silo holds.</summary>
public sealed class WorkflowMetricsTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> _recorded = [];
    private readonly WorkflowMetrics _metrics;

    public WorkflowMetricsTests()
    {
        var factory = _services.GetRequiredService<IMeterFactory>();
        _metrics = new WorkflowMetrics(factory, new DocumentWorkQueue(1));
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            // Only this test's meter: the factory's meters are its own, whatever other tests run at the same time.
            if (instrument.Meter.Name == WorkflowMetrics.MeterName && instrument.Meter.Scope == factory)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    [Fact]
    public void Committed_PiiScanToApproval_CountsTransitionVerdictAndStageTime()
    {
        var before = Job(JobStatus.PiiScanning, T0, stageSeconds: new() { ["queued"] = 1.5 });
        var after = Next(before, JobStatus.AwaitingApproval, JobReasons.PiiFound, T0.AddSeconds(12), stage: ("pii_scan", 12));

        _metrics.Committed(before, after);

        Assert.Contains(_recorded, r => r.Instrument == "equalifypdf.job.transitions" && Equals(r.Tags["status"], "awaiting_approval"));
        Assert.Contains(_recorded, r => r.Instrument == "equalifypdf.pii.verdicts" && Equals(r.Tags["verdict"], "needs_review"));
        var stage = Assert.Single(_recorded, r => r.Instrument == "equalifypdf.stage.duration");
        Assert.Equal(12, stage.Value);
        Assert.Equal("pii_scan", stage.Tags["stage"]);
    }

    [Fact]
    public void Committed_ApprovalDeadlinePassed_RecordsExpiredLatencyFromTheRequest()
    {
        var asked = T0.AddMinutes(1);
        var waiting = Job(JobStatus.AwaitingApproval, asked);
        var denied = Next(waiting, JobStatus.Denied, JobReasons.ApprovalTimeout, asked.AddHours(4));

        _metrics.Committed(waiting, denied);

        var latency = Assert.Single(_recorded, r => r.Instrument == "equalifypdf.approval.latency");
        Assert.Equal(TimeSpan.FromHours(4).TotalSeconds, latency.Value);
        Assert.Equal("expired", latency.Tags["outcome"]);
        Assert.DoesNotContain(_recorded, r => r.Instrument == "equalifypdf.pii.verdicts");
    }

    [Fact]
    public void Committed_CheckpointWithoutTransition_RecordsNoTransition()
    {
        var before = Job(JobStatus.Processing, T0);
        var after = Next(before, JobStatus.Processing, "", T0.AddSeconds(1));

        _metrics.Committed(before, after);

        Assert.DoesNotContain(_recorded, r => r.Instrument == "equalifypdf.job.transitions");
    }

    [Fact]
    public void Gauges_JobsHeldAndForgotten_CountActiveJobsByStatusAndPendingApprovals()
    {
        _metrics.Observe("a", JobStatus.AwaitingApproval);
        _metrics.Observe("b", JobStatus.AwaitingApproval);
        _metrics.Observe("c", JobStatus.Processing);
        _metrics.Observe("d", JobStatus.Completed);
        _metrics.Forget("b");

        _listener.RecordObservableInstruments();

        Assert.Equal(1, Last("equalifypdf.approvals.pending"));
        Assert.Equal(1, Last("equalifypdf.jobs", "awaiting_approval"));
        Assert.Equal(1, Last("equalifypdf.jobs", "processing"));
        Assert.Equal(0, Last("equalifypdf.jobs", "submitted"));
        Assert.DoesNotContain(_recorded, r => r.Instrument == "equalifypdf.jobs" && Equals(r.Tags["status"], "completed"));
    }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    private double Last(string instrument, string? status = null) =>
        _recorded.Last(r => r.Instrument == instrument && (status is null || Equals(r.Tags["status"], status))).Value;

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        lock (_recorded)
        {
            _recorded.Add((instrument.Name, value, copy));
        }
    }

    private static JobState Job(JobStatus status, DateTimeOffset enteredAt, Dictionary<string, double>? stageSeconds = null) => new()
    {
        JobId = "job-1",
        Status = status,
        UpdatedAt = enteredAt,
        StageSeconds = stageSeconds ?? [],
        History = [new JobTransition(T0, null, JobStatus.Submitted, JobReasons.Submitted, "api"), new JobTransition(enteredAt, JobStatus.Submitted, status, "x", "system")],
    };

    private static JobState Next(JobState before, JobStatus to, string reason, DateTimeOffset at, (string Stage, double Seconds)? stage = null)
    {
        var next = new JobState
        {
            JobId = before.JobId,
            Status = to,
            UpdatedAt = at,
            StageSeconds = new Dictionary<string, double>(before.StageSeconds),
            History = [.. before.History],
        };
        if (to != before.Status)
        {
            next.History.Add(new JobTransition(at, before.Status, to, reason, "system"));
        }

        if (stage is { } s)
        {
            next.StageSeconds[s.Stage] = s.Seconds;
        }

        return next;
    }
}
