namespace EqualifyPdf.Workflow.Approvals;

/// <summary>The persisted binding of an approval token hash to its job.</summary>
[GenerateSerializer]
[Alias("EqualifyPdf.ApprovalTokenState")]
public sealed class ApprovalTokenState
{
    [Id(0)] public string JobId { get; set; } = "";
    [Id(1)] public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>A decision was applied through this token.</summary>
    [Id(2)] public bool Used { get; set; }

    /// <summary>The job no longer accepts decisions (cancelled, timed out).</summary>
    [Id(3)] public bool Revoked { get; set; }
}
