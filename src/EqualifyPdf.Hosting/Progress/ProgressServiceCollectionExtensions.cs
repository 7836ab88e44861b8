using EqualifyPdf.Contracts.Progress;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace EqualifyPdf.Hosting.Progress;

/// <summary>Registers the Redis side of live progress, the same in the silo and the API.</summary>
public static class ProgressServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared <see cref="IConnectionMultiplexer"/> (opened lazily, healing itself when Redis comes back),
    /// the <see cref="JobRedisKeys"/> of <paramref name="serviceId"/> and <see cref="RedisJobProgressStore"/>.
    /// </summary>
    public static IServiceCollection AddRedisJobProgress(this IServiceCollection services, ConfigurationOptions redis, string serviceId)
    {
        ArgumentNullException.ThrowIfNull(redis);
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis.Clone()));
        services.AddSingleton(new JobRedisKeys(serviceId));
        services.AddSingleton<IJobProgressStore, RedisJobProgressStore>();
        return services;
    }
}
