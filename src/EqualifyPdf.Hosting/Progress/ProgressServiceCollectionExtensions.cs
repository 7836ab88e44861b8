using EqualifyPdf.Contracts.Progress;
using EqualifyPdf.Hosting.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace EqualifyPdf.Hosting.Progress;

/// <summary>Registers the Redis side of live progress, the same in the silo and the API.</summary>
public static class ProgressServiceCollectionExtensions
{
    /// <summary>
    /// Registers the process's <see cref="SharedRedisConnection"/> (unless the host registered its own, which it also
    /// hands to the Orleans providers) as the <see cref="IConnectionMultiplexer"/> (opened lazily, healing itself when
    /// Redis comes back), the <see cref="JobRedisKeys"/> of <paramref name="serviceId"/> and <see cref="RedisJobProgressStore"/>.
    /// </summary>
    public static IServiceCollection AddRedisJobProgress(this IServiceCollection services, ConfigurationOptions redis, string serviceId)
    {
        ArgumentNullException.ThrowIfNull(redis);
        services.TryAddSingleton(_ => new SharedRedisConnection(redis));
        services.AddSingleton(sp => sp.GetRequiredService<SharedRedisConnection>().Multiplexer);
        services.AddSingleton(new JobRedisKeys(serviceId));
        services.AddSingleton<IJobProgressStore, RedisJobProgressStore>();
        return services;
    }
}
