namespace EqualifyPdf.Workflow.Approvals;

/// <summary>The persisted binding of an approval token hash to its job (retired ids: 2 used, 3 revoked — the job now
/// decides whether its link is live).</summary>
[GenerateSerializer]
[Alias("EqualifyPdf.ApprovalTokenState")]
public sealed class ApprovalTokenState
{
    [Id(0)] public string JobId { get; set; } = "";
    [Id(1)] public DateTimeOffset ExpiresAt { get; set; }
}
