namespace EqualifyPdf.Contracts.Jobs;

/// <summary>
/// How many document steps wait for a worker in the silo that answers (a stateless worker, one per silo). The front
/// end asks before it reads an upload, so a silo already far behind is not handed more.
/// </summary>
[Alias("EqualifyPdf.IDocumentBacklogGrain")]
public interface IDocumentBacklogGrain : IGrainWithIntegerKey
{
    /// <summary>Steps waiting for a document worker in this silo.</summary>
    [Alias("GetBacklog")]
    Task<int> GetBacklog();
}
