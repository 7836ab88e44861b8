using EqualifyPdf.Contracts.Jobs;
using Orleans.Concurrency;

namespace EqualifyPdf.Workflow.Admission;

/// <summary>Answers from this silo's <see cref="DocumentWorkQueue"/>; stateless, so each silo has its own activation.</summary>
[StatelessWorker(1)]
public sealed class DocumentBacklogGrain(DocumentWorkQueue queue) : Grain, IDocumentBacklogGrain
{
    /// <inheritdoc />
    public Task<int> GetBacklog() => Task.FromResult(queue.Backlog);
}
