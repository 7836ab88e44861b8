using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.Contracts.Approvals;

/// <summary>
/// A one-time approval link, keyed by the lowercase hex SHA-256 of the token (the token itself is never stored).
/// </summary>
[Alias("EqualifyPdf.IApprovalTokenGrain")]
public interface IApprovalTokenGrain : IGrainWithStringKey
{
    /// <summary>Binds this token hash to a job until <paramref name="expiresAt"/>; called by the job grain.</summary>
    [Alias("Register")]
    Task Register(string jobId, DateTimeOffset expiresAt);

    /// <summary>Makes the token unusable (job resolved, cancelled or expired).</summary>
    [Alias("Revoke")]
    Task Revoke();

    /// <summary>What the reviewer needs to decide.</summary>
    [Alias("GetReview")]
    Task<ReviewLookup> GetReview();

    /// <summary>Records the reviewer's decision on the job this token belongs to.</summary>
    [Alias("Decide")]
    Task<JobCommandResult> Decide(DecisionKind decision, string justification, string reviewedBy);
}

/// <summary>The answer to a review lookup.</summary>
/// <param name="Outcome"><see cref="CommandOutcome.Applied"/> when the review is available; NotFound or Gone otherwise.</param>
/// <param name="JobId">The job under review.</param>
/// <param name="Filename">The uploaded file name.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
/// <param name="Findings">Masked findings.</param>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.ReviewLookup")]
public sealed record ReviewLookup(
    CommandOutcome Outcome,
    string? JobId,
    string? Filename,
    DateTimeOffset? ExpiresAt,
    IReadOnlyList<MaskedFinding> Findings);
