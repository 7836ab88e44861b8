namespace EqualifyPdf.Workflow.Jobs;

/// <summary>Machine-readable reasons recorded in a job's history.</summary>
public static class JobReasons
{
    public const string Submitted = "submitted";
    public const string Started = "started";
    public const string PiiFound = "pii_found";
    public const string PiiClean = "pii_clean";
    public const string PiiScanSkipped = "pii_scan_skipped";
    public const string ReviewRequested = "review_requested";
    public const string Approved = "approved";
    public const string Denied = "denied";
    public const string ApprovalTimeout = "approval_timeout";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
    public const string Retry = "retry";
    public const string Timeout = "timeout";
    public const string Error = "error";

    /// <summary>The actor of transitions the workflow makes on its own.</summary>
    public const string System = "system";
}
