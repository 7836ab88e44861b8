using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.Contracts.Approvals;

/// <summary>
/// A lookup from an approval token to its job, keyed by the lowercase hex SHA-256 of the token (the token itself is
/// never stored). It decides nothing and calls no grain: the job checks the hash against the one it holds, so
/// minting a new token for a job makes every older one useless without a call back here.
/// </summary>
[Alias("EqualifyPdf.IApprovalTokenGrain")]
public interface IApprovalTokenGrain : IGrainWithStringKey
{
    /// <summary>Binds this token hash to a job until <paramref name="expiresAt"/>; called by the job grain.</summary>
    [Alias("Register")]
    Task Register(string jobId, DateTimeOffset expiresAt);

    /// <summary>The job this token was minted for, or null when the hash is unknown.</summary>
    [Alias("Resolve"), Orleans.Concurrency.ReadOnly]
    Task<TokenBinding?> Resolve();

    /// <summary>Forgets the binding (the job was purged).</summary>
    [Alias("Purge")]
    Task Purge();
}

/// <summary>What a token hash was bound to.</summary>
/// <param name="JobId">The job the token was minted for.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.TokenBinding")]
public sealed record TokenBinding(string JobId, DateTimeOffset ExpiresAt);

/// <summary>The answer to a review lookup.</summary>
/// <param name="Outcome"><see cref="CommandOutcome.Applied"/> when the review is available; NotFound or Gone otherwise.</param>
/// <param name="JobId">The job under review.</param>
/// <param name="Filename">The uploaded file name.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
/// <param name="Findings">Masked findings (at most the first <c>Workflow:MaxFindingsInState</c>).</param>
/// <param name="FindingCounts">Findings per entity type over the whole document.</param>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.ReviewLookup")]
public sealed record ReviewLookup(
    CommandOutcome Outcome,
    string? JobId,
    string? Filename,
    DateTimeOffset? ExpiresAt,
    IReadOnlyList<MaskedFinding> Findings,
    IReadOnlyDictionary<string, int>? FindingCounts = null);
