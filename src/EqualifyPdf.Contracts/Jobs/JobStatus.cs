namespace EqualifyPdf.Contracts.Jobs;

/// <summary>Where a document job is in its workflow. Serialized snake_case on the wire (<c>pii_scanning</c>).</summary>
[GenerateSerializer]
[Alias("EqualifyPdf.JobStatus")]
public enum JobStatus
{
    Submitted = 0,
    PiiScanning = 1,
    AwaitingApproval = 2,
    Processing = 3,
    Completed = 4,
    Failed = 5,
    Denied = 6,
    Cancelled = 7,
}

/// <summary>Status helpers shared by grains and front end.</summary>
public static class JobStatusExtensions
{
    /// <summary>A terminal status never changes again, except <see cref="JobStatus.Failed"/> through a retry.</summary>
    public static bool IsTerminal(this JobStatus status) =>
        status is JobStatus.Completed or JobStatus.Failed or JobStatus.Denied or JobStatus.Cancelled;
}
