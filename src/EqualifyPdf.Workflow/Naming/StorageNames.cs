namespace EqualifyPdf.Workflow.Naming;

/// <summary>
/// Names of the grain storage providers the workflow grains persist to; the silo registers a provider under
/// each name (Redis/Garnet in production, memory in tests).
/// </summary>
public static class StorageNames
{
    /// <summary>Job state (<see cref="Jobs.JobGrain"/>).</summary>
    public const string Jobs = "jobs";

    /// <summary>Per-page correction results (<see cref="Pages.PageGrain"/>).</summary>
    public const string Pages = "pages";

    /// <summary>Approval token hashes (<see cref="Approvals.ApprovalTokenGrain"/>).</summary>
    public const string Tokens = "tokens";
}
