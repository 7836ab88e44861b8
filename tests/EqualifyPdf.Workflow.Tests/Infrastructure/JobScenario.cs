using System.Collections.Concurrent;
using EqualifyPdf.Workflow.Services;

namespace EqualifyPdf.Workflow.Tests.Infrastructure;

/// <summary>
/// How the test doubles behave for one job. Jobs without a scenario run the real services; a scenario swaps in
/// fast fakes only where the test needs control (gates to hold a status, scripted findings, failing pages).
/// </summary>
public sealed class JobScenario
{
    /// <summary>Null: the real PII scanner. True/false: a scripted verdict with or without findings.</summary>
    public bool? FakePiiFindings { get; init; }

    /// <summary>Null: the real converter. A number: a fake model with that many pages.</summary>
    public int? FakePageCount { get; init; }

    /// <summary>Holds the upload check (status <c>submitted</c>) until released.</summary>
    public Gate? UploadGate { get; init; }

    /// <summary>Holds the PII scan (status <c>pii_scanning</c>) until released.</summary>
    public Gate? PiiGate { get; init; }

    /// <summary>Holds every page correction (status <c>processing</c>) until released.</summary>
    public Gate? CorrectorGate { get; init; }

    /// <summary>Pages whose correction throws while <see cref="PagesFail"/> is set.</summary>
    public HashSet<int> FailingPages { get; init; } = [];

    public volatile bool PagesFail = true;

    /// <summary>The converter throws a worker crash, as a PDF that kills its worker every time would.</summary>
    public bool ConverterCrashes { get; init; }

    public int ConverterCalls;

    /// <summary>What the converter was last asked (OCR languages and hints).</summary>
    public ConversionRequest? LastConversion { get; set; }

    /// <summary>Right after the first approval notification, every state write fails until <see cref="FailStateWrites"/>(0).</summary>
    public bool FailStorageAfterFirstNotification { get; init; }

    public int Notifications;

    /// <summary>The next this many writes of corrected pages fail with an open blob-store circuit.</summary>
    public int PageWriteOutages;

    internal bool TakePageWriteOutage() => Interlocked.Decrement(ref PageWriteOutages) >= 0;

    /// <summary>While true, withdrawing the job's notification fails as an outage of ours (the outbox folder's disk).</summary>
    public volatile bool FailWithdrawals;

    /// <summary>
    /// When the job goes to write <c>failed</c>, this gate holds the write; on release another activation of the job
    /// (as during a failover) stores <c>completed</c> first, so the held write loses the etag race.
    /// </summary>
    public Gate? RivalCompletesBeforeFailure { get; init; }

    private int _stateWriteFailures;

    public int StateWriteFailuresInjected;

    /// <summary>The next <paramref name="count"/> job-state writes fail (0 ends an outage).</summary>
    public void FailStateWrites(int count) => Volatile.Write(ref _stateWriteFailures, count);

    internal bool TakeStateWriteFailure()
    {
        int left;
        do
        {
            left = Volatile.Read(ref _stateWriteFailures);
            if (left <= 0)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref _stateWriteFailures, left == int.MaxValue ? left : left - 1, left) != left);

        Interlocked.Increment(ref StateWriteFailuresInjected);
        return true;
    }

    /// <summary>Corrector calls per page.</summary>
    public ConcurrentDictionary<int, int> CorrectorCalls { get; } = new();

    private int _running;

    public int MaxConcurrentCorrections;

    public int EnterCorrection()
    {
        var now = Interlocked.Increment(ref _running);
        int seen;
        while ((seen = MaxConcurrentCorrections) < now && Interlocked.CompareExchange(ref MaxConcurrentCorrections, now, seen) != seen)
        {
        }

        return now;
    }

    public void ExitCorrection() => Interlocked.Decrement(ref _running);

    private static readonly ConcurrentDictionary<string, JobScenario> Scenarios = new();

    public static void Set(string jobId, JobScenario scenario) => Scenarios[jobId] = scenario;

    public static JobScenario? For(string jobId) => Scenarios.GetValueOrDefault(jobId);

    /// <summary>The job id of a temp-container key (<c>"{jobId}/..."</c>).</summary>
    public static JobScenario? ForKey(string key) => key.IndexOf('/') is var i and > 0 ? For(key[..i]) : null;
}
