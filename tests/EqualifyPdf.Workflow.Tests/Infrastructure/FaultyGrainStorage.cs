using System.Collections.Concurrent;
using Orleans.Serialization;
using Orleans.Storage;

namespace EqualifyPdf.Workflow.Tests.Infrastructure;

/// <summary>
/// Memory grain storage for job states that fails writes on demand (a Redis timeout, as the scenario says) and
/// records the serialized size of every state written, per job.
/// </summary>
public sealed class FaultyGrainStorage(IGrainStorage inner, Serializer serializer) : IGrainStorage
{
    public ConcurrentDictionary<string, List<int>> WrittenBytes { get; } = new();

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var jobId = grainId.Key.ToString()!;
        if (JobScenario.For(jobId) is { } scenario && scenario.TakeStateWriteFailure())
        {
            throw new TimeoutException("Injected: the storage did not answer in time.");
        }

        WrittenBytes.GetOrAdd(jobId, _ => []).Add(serializer.SerializeToArray(grainState.State).Length);
        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
