using EqualifyPdf.Contracts.Approvals;
using EqualifyPdf.Workflow.Naming;

namespace EqualifyPdf.Workflow.Approvals;

/// <summary>
/// A one-time approval link, keyed by the token's SHA-256 hex: only a lookup from the hash to its job. It calls no
/// grain, so no call loop with the job can form; the job checks the hash against its own live one and decides.
/// </summary>
public sealed class ApprovalTokenGrain(
    [PersistentState(StateNames.Token, StorageNames.Tokens)] IPersistentState<ApprovalTokenState> state) : Grain, IApprovalTokenGrain
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
    public Task<TokenBinding?> Resolve() =>
        Task.FromResult(state.RecordExists ? new TokenBinding(state.State.JobId, state.State.ExpiresAt) : null);

    /// <inheritdoc />
    public async Task Purge()
    {
        await state.ClearStateAsync();
        DeactivateOnIdle();
    }
}
