using EqualifyPdf.Hosting.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>The readiness cache: one run of the checks answers every probe for Health:CacheDuration, on a fake clock.</summary>
public sealed class CachedHealthReportsTests
{
    [Fact]
    public async Task GetReadiness_WithinCacheDuration_RunsTheChecksOnceThenAgainAfterIt()
    {
        var runs = 0;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection().AddLogging();
        services.AddHealthChecks()
            .AddCheck("counting", () => HealthCheckResult.Healthy($"run {Interlocked.Increment(ref runs)}"), tags: [HealthTags.Ready])
            .AddCheck("not-ready", () => throw new InvalidOperationException("only readiness checks run"));
        await using var provider = services.BuildServiceProvider();
        using var cache = new CachedHealthReports(
            provider.GetRequiredService<HealthCheckService>(),
            Options.Create(new HealthSettings { CacheDuration = TimeSpan.FromSeconds(5) }),
            clock);

        var probes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => cache.GetReadinessAsync(CancellationToken.None)));
        clock.Advance(TimeSpan.FromSeconds(4));
        var (cached, _) = await cache.GetReadinessAsync(CancellationToken.None);
        Assert.Equal(1, runs);
        Assert.All(probes, p => Assert.Same(probes[0].Report, p.Report));
        Assert.Same(probes[0].Report, cached);
        Assert.Equal(["counting"], cached.Entries.Keys.ToArray());

        clock.Advance(TimeSpan.FromSeconds(2));
        var (fresh, checkedAt) = await cache.GetReadinessAsync(CancellationToken.None);
        Assert.Equal(2, runs);
        Assert.NotSame(cached, fresh);
        Assert.Equal(clock.GetUtcNow(), checkedAt);
    }
}
