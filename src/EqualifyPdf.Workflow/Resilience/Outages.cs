using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage;

namespace EqualifyPdf.Workflow.Resilience;

/// <summary>Tells failures of ours (storage, blob store, a dead silo) from failures of the work itself.</summary>
public static class Outages
{
    /// <summary>
    /// Our storage not answering, or a silo that died with some of the job's grains: never the document's fault, so
    /// the step runs again from its checkpoint once storage answers (the grains reactivate on a live silo). A storage
    /// provider's own exception (Redis) reaches a grain call wrapped, so the causes are looked at too.
    /// </summary>
    public static bool AreOurs(Exception e) =>
        e is StorageUnavailableException or BlobStoreUnavailableException or IOException or TimeoutException
            or SiloUnavailableException or OrleansMessageRejectionException or Orleans.Storage.InconsistentStateException
        || (e is OrleansException && e.Message.StartsWith("Error from storage provider", StringComparison.Ordinal))
        || (e.InnerException is { } inner && AreOurs(inner));
}
