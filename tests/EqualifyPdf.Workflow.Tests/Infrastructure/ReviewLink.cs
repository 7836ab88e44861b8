using EqualifyPdf.Contracts.Approvals;
using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.Workflow.Tests.Infrastructure;

/// <summary>Uses an approval link the way the front end does: resolve the token hash to its job, then ask the job.</summary>
public sealed class ReviewLink(IGrainFactory grains, string token, TimeProvider clock)
{
    public string Hash { get; } = ApprovalTokenHash.Compute(token);

    public async Task<ReviewLookup> GetReview()
    {
        var binding = await grains.GetGrain<IApprovalTokenGrain>(Hash).Resolve();
        return binding is null
            ? new ReviewLookup(CommandOutcome.NotFound, null, null, null, [])
            : await grains.GetGrain<IJobGrain>(binding.JobId).GetReview(Hash);
    }

    public async Task<JobCommandResult> Decide(DecisionKind decision, string justification, string reviewedBy)
    {
        var binding = await grains.GetGrain<IApprovalTokenGrain>(Hash).Resolve();
        return binding is null
            ? new JobCommandResult(CommandOutcome.NotFound, null)
            : await grains.GetGrain<IJobGrain>(binding.JobId).Decide(new ReviewDecision(decision, justification, reviewedBy, clock.GetUtcNow()), Hash);
    }
}
