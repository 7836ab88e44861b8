using Microsoft.Extensions.Configuration;
using StackExchange.Redis;

namespace EqualifyPdf.Hosting.Redis;

/// <summary>
/// Resolves the Redis the cluster lives in, the same way in every host: <c>Redis:ConnectionString</c> when set, otherwise the silo's embedded
/// Garnet on 127.0.0.1 at <c>Redis:EmbeddedPort</c> (default <see cref="DefaultEmbeddedPort"/>, shared with the silo).
/// </summary>
public static class RedisEndpoint
{
    /// <summary>Port of the silo's embedded Garnet when nothing else is configured; not 6379 so a system Redis never clashes.</summary>
    public const int DefaultEmbeddedPort = 6390;

    /// <summary>The StackExchange.Redis options for the configured endpoint.</summary>
    public static ConfigurationOptions FromConfiguration(IConfiguration configuration)
    {
        var connectionString = configuration["Redis:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var port = configuration.GetValue("Redis:EmbeddedPort", DefaultEmbeddedPort);
            connectionString = $"127.0.0.1:{port}";
        }

        var options = ConfigurationOptions.Parse(connectionString);
        // Start even when Redis is not up yet; the connection heals itself once it is.
        options.AbortOnConnectFail = false;
        return options;
    }
}
