using EqualifyPdf.Contracts.Progress;
using Microsoft.Extensions.Logging;

namespace EqualifyPdf.Workflow.Progress;

/// <summary>
/// The latest <see cref="StageTiming"/> for synchronous status answers: read from the store at most every
/// <see cref="RefreshPeriod"/>, in the background, so a status query never waits for Redis.
/// </summary>
public sealed class StageTimingCache(IJobProgressStore store, TimeProvider time, ILogger<StageTimingCache> logger)
{
    /// <summary>How old the cached figures may get.</summary>
    public static readonly TimeSpan RefreshPeriod = TimeSpan.FromSeconds(30);

    private StageTiming _current = StageTiming.Empty;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;
    private int _refreshing;

    /// <summary>The cached figures; starts a refresh when they are older than <see cref="RefreshPeriod"/>.</summary>
    public StageTiming Current
    {
        get
        {
            if (time.GetUtcNow() - _readAt >= RefreshPeriod && Interlocked.Exchange(ref _refreshing, 1) == 0)
            {
                _ = RefreshAsync();
            }

            return _current;
        }
    }

    /// <summary>Reads the figures now.</summary>
    public async Task RefreshAsync()
    {
        try
        {
            _current = await store.GetTimingAsync().ConfigureAwait(false);
            _readAt = time.GetUtcNow();
        }
        catch (Exception e)
        {
            // Estimates are optional: keep the last figures and try again on the next read.
            logger.LogDebug(e, "Stage timings could not be read");
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }
}
