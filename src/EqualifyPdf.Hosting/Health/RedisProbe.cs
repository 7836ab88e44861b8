using System.Diagnostics;
using StackExchange.Redis;

namespace EqualifyPdf.Hosting.Health;

/// <summary>Pings the cluster's Redis (or embedded Garnet) for <c>/health</c> over one lazily opened connection.</summary>
public sealed class RedisProbe(ConfigurationOptions options) : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() => ConnectionMultiplexer.ConnectAsync(options));

    /// <summary>Round-trips a PING; never throws.</summary>
    public async Task<ComponentHealth> PingAsync()
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var connection = await _connection.Value.ConfigureAwait(false);
            await connection.GetDatabase().PingAsync().ConfigureAwait(false);
            return new ComponentHealth(true, watch.Elapsed.TotalMilliseconds, null);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or InvalidOperationException)
        {
            return new ComponentHealth(false, watch.Elapsed.TotalMilliseconds, ex.Message);
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
