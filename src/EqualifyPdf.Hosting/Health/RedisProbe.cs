using StackExchange.Redis;

namespace EqualifyPdf.Hosting.Health;

/// <summary>Pings the cluster's Redis (or embedded Garnet) for the health checks over one lazily opened connection.</summary>
public sealed class RedisProbe(ConfigurationOptions options) : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() => ConnectionMultiplexer.ConnectAsync(options));

    /// <summary>Round-trips a PING; never throws.</summary>
    /// <returns>Null when Redis answered, otherwise why not.</returns>
    public async Task<string?> PingAsync()
    {
        try
        {
            var connection = await _connection.Value.ConfigureAwait(false);
            await connection.GetDatabase().PingAsync().ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or InvalidOperationException)
        {
            return ex.Message;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            await _connection.Value.Result.DisposeAsync().ConfigureAwait(false);
        }
    }
}
