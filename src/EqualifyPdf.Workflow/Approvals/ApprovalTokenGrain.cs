using EqualifyPdf.Contracts.Approvals;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Workflow.Naming;
using Microsoft.Extensions.DependencyInjection;

namespace EqualifyPdf.Workflow.Approvals;

/// <summary>
/// A one-time approval link, keyed by the token's SHA-256 hex. Not reentrant, so concurrent decisions through the
/// same link reach the job one at a time and exactly one of them takes effect.
/// </summary>
public sealed class ApprovalTokenGrain(
    [PersistentState(StateNames.Token, StorageNames.Tokens)] IPersistentState<ApprovalTokenState> state,
    [FromKeyedServices(WorkflowTime.Key)] TimeProvider time) : Grain, IApprovalTokenGrain
{
    /// <inheritdoc />
    public async Task Register(string jobId, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        if (state.RecordExists && state.State.JobId == jobId && state.State.ExpiresAt == expiresAt)
        {
            return;
        }

        state.State = new ApprovalTokenState { JobId = jobId, ExpiresAt = expiresAt };
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task Revoke()
    {
        if (!state.RecordExists || state.State.Revoked)
        {
            return;
        }

        state.State.Revoked = true;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task<ReviewLookup> GetReview()
    {
        if (!state.RecordExists)
        {
            return new ReviewLookup(CommandOutcome.NotFound, null, null, null, []);
        }

        var token = state.State;
        if (token.Used || token.Revoked || time.GetUtcNow() >= token.ExpiresAt)
        {
            return new ReviewLookup(CommandOutcome.Gone, token.JobId, null, token.ExpiresAt, []);
        }

        var job = GrainFactory.GetGrain<IJobGrain>(token.JobId);
        var snapshot = await job.GetSnapshot();
        if (snapshot is null || snapshot.Status != JobStatus.AwaitingApproval)
        {
            return new ReviewLookup(CommandOutcome.Gone, token.JobId, snapshot?.Filename, token.ExpiresAt, []);
        }

        var findings = await job.GetFindings();
        return new ReviewLookup(CommandOutcome.Applied, token.JobId, snapshot.Filename, token.ExpiresAt, findings);
    }

    /// <inheritdoc />
    public async Task<JobCommandResult> Decide(DecisionKind decision, string justification, string reviewedBy)
    {
        if (!state.RecordExists)
        {
            return new JobCommandResult(CommandOutcome.NotFound, null, "Unknown approval link.");
        }

        var token = state.State;
        var now = time.GetUtcNow();
        if (token.Revoked || (!token.Used && now >= token.ExpiresAt))
        {
            return new JobCommandResult(CommandOutcome.Gone, null, "This approval link has expired or is no longer valid.");
        }

        // A used link still forwards, so the job answers a repeat with AlreadyApplied and a change of mind with Conflict.
        var job = GrainFactory.GetGrain<IJobGrain>(token.JobId);
        var result = await job.Decide(new ReviewDecision(decision, justification, reviewedBy, now));
        if (result.Outcome == CommandOutcome.Applied && !token.Used)
        {
            token.Used = true;
            await state.WriteStateAsync();
        }

        return result;
    }
}
