namespace EqualifyPdf.Contracts.Jobs;

/// <summary>
/// Removes temp blobs (uploads and intermediates) that no active job owns: a client that gave up mid-upload, a submit
/// whose outcome could not be told, leftovers of a crash. One activation in the cluster (key 0), driven by a reminder.
/// </summary>
[Alias("EqualifyPdf.IUploadSweeperGrain")]
public interface IUploadSweeperGrain : IGrainWithIntegerKey
{
    /// <summary>Arms the sweep reminder; called by every silo at start-up, idempotent.</summary>
    [Alias("Start")]
    Task Start();

    /// <summary>Sweeps now; returns how many jobs' temp blobs were removed.</summary>
    [Alias("SweepNow")]
    Task<int> SweepNow();
}
