using System.Collections.Concurrent;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Workflow.Jobs;
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

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var jobId = grainId.Key.ToString()!;
        var scenario = JobScenario.For(jobId);
        if (scenario is not null && scenario.TakeStateWriteFailure())
        {
            throw new TimeoutException("Injected: the storage did not answer in time.");
        }

        if (scenario?.RivalCompletesBeforeFailure is { } rival && grainState.State is JobState { Status: JobStatus.Failed })
        {
            await rival.PassAsync(CancellationToken.None);
            var stored = new GrainState<JobState>();
            await inner.ReadStateAsync(stateName, grainId, stored);
            stored.State!.Status = JobStatus.Completed;
            await inner.WriteStateAsync(stateName, grainId, stored);
        }

        WrittenBytes.GetOrAdd(jobId, _ => []).Add(serializer.SerializeToArray(grainState.State).Length);
        await inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
