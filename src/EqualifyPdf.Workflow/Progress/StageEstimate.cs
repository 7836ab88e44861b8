using EqualifyPdf.Contracts.Progress;
using EqualifyPdf.Workflow.Jobs;

namespace EqualifyPdf.Workflow.Progress;

/// <summary>
/// Estimated minutes to completion from the measured seconds per page of each stage: what is left of the current
/// stage, the stages after it, and — while the job waits for a document worker — the documents ahead of it, which
/// run <c>slots</c> at a time. No estimate while a reviewer decides (that is a person's time) or before any job finished.
/// </summary>
public static class StageEstimate
{
    /// <summary>The stages a job runs through by itself, in order.</summary>
    public static IReadOnlyList<string> TimedStages { get; } =
        [JobStages.PiiScan, JobStages.Conversion, JobStages.PageCorrection, JobStages.Assembly];

    /// <summary>The estimate in whole minutes (rounded up), or null when none can be given.</summary>
    /// <param name="timing">The measured averages.</param>
    /// <param name="stage">The job's current stage (<c>queued</c> while it waits for a worker).</param>
    /// <param name="pages">The document's pages, 0 when not known yet.</param>
    /// <param name="pagesDone">Pages corrected so far.</param>
    /// <param name="secondsInStage">Time already spent in the current stage.</param>
    /// <param name="queuePosition">Place in the worker queue (1 = next), if waiting.</param>
    /// <param name="slots">Document steps this silo runs at once.</param>
    public static int? Minutes(StageTiming timing, string stage, int pages, int pagesDone, double secondsInStage, int? queuePosition, int slots)
    {
        ArgumentNullException.ThrowIfNull(timing);
        if (stage is JobStages.AwaitingApproval || timing.SecondsPerPage.Count == 0)
        {
            return null;
        }

        var n = pages > 0 ? pages : Math.Max(1, timing.PagesPerDocument);
        double Cost(string s) => timing.SecondsPerPage.GetValueOrDefault(s) * n;
        var current = stage is JobStages.Queued or JobStages.WaitingForStorage ? -1 : IndexOf(stage);
        var seconds = 0.0;
        for (var i = Math.Max(0, current); i < TimedStages.Count; i++)
        {
            var cost = Cost(TimedStages[i]);
            if (i == current)
            {
                cost = TimedStages[i] == JobStages.PageCorrection && pages > 0
                    ? cost * (pages - pagesDone) / pages
                    : Math.Max(0, cost - secondsInStage);
            }

            seconds += cost;
        }

        if (queuePosition is { } ahead)
        {
            // Each document ahead holds a worker for about a scan or a conversion of an average document.
            var step = (Cost(JobStages.PiiScan) + Cost(JobStages.Conversion)) / 2;
            seconds += ahead * step / Math.Max(1, slots);
        }

        return (int)Math.Ceiling(seconds / 60);
    }

    private static int IndexOf(string stage)
    {
        for (var i = 0; i < TimedStages.Count; i++)
        {
            if (TimedStages[i] == stage)
            {
                return i;
            }
        }

        return TimedStages.Count;
    }
}
