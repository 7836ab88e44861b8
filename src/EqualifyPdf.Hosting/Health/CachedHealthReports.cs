using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Hosting.Health;

/// <summary>
/// Runs the readiness checks at most once per <see cref="HealthSettings.CacheDuration"/>: every probe in between gets
/// the same report, and concurrent probes wait for one run instead of starting their own.
/// </summary>
public sealed class CachedHealthReports(HealthCheckService checks, IOptions<HealthSettings> settings, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (HealthReport Report, DateTimeOffset At)? _last;

    /// <summary>The readiness report, at most <see cref="HealthSettings.CacheDuration"/> old, with the time it was made.</summary>
    public async Task<(HealthReport Report, DateTimeOffset CheckedAt)> GetReadinessAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh() is { } refreshed)
            {
                return refreshed;
            }

            // Each check has its own timeout (HealthSettings.CheckTimeout), so a hung dependency reads as unhealthy.
            var report = await checks.CheckHealthAsync(r => r.Tags.Contains(HealthTags.Ready), cancellationToken).ConfigureAwait(false);
            var at = time.GetUtcNow();
            _last = (report, at);
            return (report, at);
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _refresh.Dispose();

    private (HealthReport, DateTimeOffset)? Fresh() =>
        _last is { } last && time.GetUtcNow() - last.At < settings.Value.CacheDuration ? last : null;
}
