namespace EqualifyPdf.Cli.Service;

/// <summary>The wire names of the statuses the CLI acts on.</summary>
internal static class JobStates
{
    public const string AwaitingApproval = "awaiting_approval";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Denied = "denied";
    public const string Cancelled = "cancelled";
}
