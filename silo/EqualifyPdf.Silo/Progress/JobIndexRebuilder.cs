using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Hosting.Progress;
using EqualifyPdf.Workflow.Naming;
using StackExchange.Redis;

namespace EqualifyPdf.Silo.Progress;

/// <summary>
/// Rebuilds the operator index from the job states when it is missing (a new Redis, a flushed one, an upgrade): one
/// silo takes a lock, lists the stored job states and has each job grain write its entry again, then marks the index
/// ready. Jobs that move meanwhile index themselves, so the result is right whatever interleaves.
/// </summary>
public sealed class JobIndexRebuilder(
    IConnectionMultiplexer redis, JobRedisKeys keys, IGrainFactory grains, string serviceId, ILogger<JobIndexRebuilder> logger)
{
    private static readonly TimeSpan LockTime = TimeSpan.FromMinutes(10);

    /// <summary>Rebuilds when needed; never throws (a failed rebuild is tried again at the next silo start).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var db = redis.GetDatabase();
            if (await db.KeyExistsAsync(keys.IndexReady) || !await db.StringSetAsync(keys.IndexRebuildLock, "1", LockTime, When.NotExists))
            {
                return;
            }

            var count = 0;
            foreach (var jobId in await StoredJobIdsAsync())
            {
                cancellationToken.ThrowIfCancellationRequested();
                await grains.GetGrain<IJobGrain>(jobId).RefreshIndex();
                count++;
            }

            await db.StringSetAsync(keys.IndexReady, DateTimeOffset.UtcNow.ToString("O"));
            await db.KeyDeleteAsync(keys.IndexRebuildLock);
            logger.LogInformation("Job index rebuilt from {Count} job states", count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The job index could not be rebuilt; the next silo start tries again");
        }
    }

    /// <summary>The ids of every stored job state: Orleans' Redis storage keys them <c>{service}/state/job/{id}/{state name}</c>.</summary>
    private async Task<List<string>> StoredJobIdsAsync()
    {
        var prefix = $"{serviceId}/state/job/";
        var suffix = "/" + StateNames.Job;
        var ids = new List<string>();
        foreach (var endpoint in redis.GetEndPoints())
        {
            await foreach (var key in redis.GetServer(endpoint).KeysAsync(pattern: prefix + "*" + suffix, pageSize: 500))
            {
                var id = ((string)key!)[prefix.Length..^suffix.Length];
                if (id.Length > 0 && !id.Contains('/', StringComparison.Ordinal))
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }
}
