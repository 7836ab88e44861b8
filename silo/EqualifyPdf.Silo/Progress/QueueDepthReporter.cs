using EqualifyPdf.Hosting.Progress;
using EqualifyPdf.Workflow.Admission;
using StackExchange.Redis;

namespace EqualifyPdf.Silo.Progress;

/// <summary>
/// Tells Redis every <see cref="Period"/> how many document steps wait in this silo, under a key that expires when
/// the silo stops reporting, so <c>/api/v1/jobs/stats</c> sums the live silos' queues.
/// </summary>
public sealed class QueueDepthReporter(
    DocumentWorkQueue queue, IConnectionMultiplexer redis, JobRedisKeys keys, ILogger<QueueDepthReporter> logger) : BackgroundService
{
    /// <summary>How often the depth is written.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    private readonly string _name = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        do
        {
            try
            {
                var db = redis.GetDatabase();
                await db.SetAddAsync(keys.QueueReporters, _name);
                await db.StringSetAsync(keys.QueueDepth(_name), queue.Backlog, Period * 5);
            }
            catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
            {
                logger.LogDebug(e, "The queue depth could not be reported");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
