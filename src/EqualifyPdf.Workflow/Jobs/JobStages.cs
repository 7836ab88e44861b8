namespace EqualifyPdf.Workflow.Jobs;

/// <summary>Stage names shown in a job's <c>stage</c> field and used in errors and metadata timings, with the
/// progress each stage starts at: the one table that says how far along a stage is.</summary>
public static class JobStages
{
    public const string Queued = "queued";
    public const string PiiScan = "pii_scan";
    public const string AwaitingApproval = "awaiting_approval";
    public const string Conversion = "conversion";
    public const string PageCorrection = "page_correction";
    public const string Assembly = "assembly";
    public const string Done = "done";

    /// <summary>Shown instead of the stage while the job waits for its storage to answer again.</summary>
    public const string WaitingForStorage = "waiting_for_storage";

    /// <summary>Progress (0–100) when a stage starts. Page correction runs from its value up to assembly's.</summary>
    public static int ProgressAt(string stage) => stage switch
    {
        Queued => 0,
        PiiScan => 5,
        AwaitingApproval => 20,
        Conversion => 25,
        PageCorrection => 35,
        Assembly => 90,
        Done => 100,
        _ => 0,
    };

    /// <summary>Progress after <paramref name="done"/> of <paramref name="total"/> pages are corrected.</summary>
    public static int PageProgress(int done, int total) =>
        ProgressAt(PageCorrection) + ((ProgressAt(Assembly) - ProgressAt(PageCorrection)) * done / Math.Max(1, total));
}
