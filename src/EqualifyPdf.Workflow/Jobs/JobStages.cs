namespace EqualifyPdf.Workflow.Jobs;

/// <summary>Stage names shown in a job's <c>stage</c> field and used in errors and metadata timings.</summary>
public static class JobStages
{
    public const string Queued = "queued";
    public const string PiiScan = "pii_scan";
    public const string AwaitingApproval = "awaiting_approval";
    public const string Conversion = "conversion";
    public const string PageCorrection = "page_correction";
    public const string Assembly = "assembly";
    public const string Done = "done";
}
