// EqualifyPdf.Contracts: the grain interfaces and serializable records shared by the workflow grains, the silo and the HTTP front end.

using EqualifyPdf.Contracts.Approvals;
using Orleans.Concurrency;

namespace EqualifyPdf.Contracts.Jobs;

/// <summary>
/// One document job, keyed by its job id. Calls record intent and return at once; the grain drives the
/// workflow itself and checkpoints after every step.
/// </summary>
[Alias("EqualifyPdf.IJobGrain")]
public interface IJobGrain : IGrainWithStringKey
{
    /// <summary>Starts the job. Submitting the same upload again is a no-op that returns the current state.</summary>
    /// <exception cref="StorageUnavailableException">The job could not be recorded; nothing was started.</exception>
    [Alias("Submit")]
    Task<JobCommandResult> Submit(SubmitJobRequest request);

    /// <summary>The job's current state, or null when no job has this id.</summary>
    // Read-only: may interleave with a running workflow step so status queries never wait for a conversion.
    [Alias("GetSnapshot"), AlwaysInterleave]
    Task<JobSnapshot?> GetSnapshot();

    /// <summary>Cancels a non-terminal job.</summary>
    // Interleaves so a cancel stops a long step at once instead of waiting for it to finish; the grain serialises
    // its state writes and the drive loop makes no transition once the status changed under it.
    [Alias("Cancel"), AlwaysInterleave]
    Task<JobCommandResult> Cancel(string actor);

    /// <summary>Resumes a failed job from its last good checkpoint (at most 3 attempts in total).</summary>
    [Alias("Retry")]
    Task<JobCommandResult> Retry(string actor);

    /// <summary>Applies a reviewer's decision made through the link whose token hashes to <paramref name="tokenHash"/>;
    /// answers Gone unless that is the job's current link.</summary>
    [Alias("Decide")]
    Task<JobCommandResult> Decide(ReviewDecision decision, string tokenHash);

    /// <summary>What a reviewer holding the link with <paramref name="tokenHash"/> may see: the masked findings.</summary>
    [Alias("GetReview"), AlwaysInterleave]
    Task<ReviewLookup> GetReview(string tokenHash);

    /// <summary>Applies a reviewer's decision by job id (reviewer role, checked by the caller). Conflict unless the
    /// job is awaiting approval, so a second decision (even the same one) is a conflict too.</summary>
    [Alias("DecideById")]
    Task<JobCommandResult> DecideById(ReviewDecision decision);

    /// <summary>Writes the job's operator-index entry again from its state (the index rebuild).</summary>
    [Alias("RefreshIndex")]
    Task RefreshIndex();

    /// <summary>
    /// Someone follows the job's live events: it publishes them on its Orleans stream for the next
    /// <see cref="Progress.JobStreams.WatchLease"/> (a follower renews before the lease ends). Unwatched, a job only
    /// logs its events, so jobs nobody follows pay no stream traffic or pub-sub state.
    /// </summary>
    // Interleaves: it only moves a time, and a follower must not wait for a running step.
    [Alias("Watch"), AlwaysInterleave]
    Task Watch();

    /// <summary>Records how the e-mail to the reviewers went, while the job still awaits approval (ignored otherwise).</summary>
    // Interleaves: a delivery report never waits for a running step, and the grain serialises its state writes.
    [Alias("RecordReviewerNotice"), AlwaysInterleave]
    Task RecordReviewerNotice(ReviewerNotice notice);
}
