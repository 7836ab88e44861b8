using StackExchange.Redis;

namespace EqualifyPdf.Hosting.Redis;

/// <summary>
/// One <see cref="ConnectionMultiplexer"/> for everything a process sends to its Redis: grain state, reminders, the
/// pub-sub store and live progress. A multiplexer pipelines whatever its callers send over one socket, so a store
/// that groups its commits per connection (Garnet with AOF commit-wait) makes one disk commit for many writes instead
/// of queueing each behind its own; seven providers with a multiplexer each would split that batch seven ways. The
/// Orleans providers are told it is shared, so none of them closes it; this object owns it and closes it once, when
/// the host's container is disposed, after every provider has stopped.
/// </summary>
public sealed class SharedRedisConnection(ConfigurationOptions options) : IDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() => ConnectionMultiplexer.ConnectAsync(options.Clone()));

    /// <summary>The shared connection as an Orleans provider's <c>CreateMultiplexer</c> returns it (marked shared).</summary>
    public async Task<(IConnectionMultiplexer Multiplexer, bool IsShared)> ForProviderAsync() =>
        (await _connection.Value.ConfigureAwait(false), true);

    /// <summary>The shared connection for services resolved from the container.</summary>
    public IConnectionMultiplexer Multiplexer => _connection.Value.GetAwaiter().GetResult();

    /// <summary>Closes the connection (a second dispose, by the container that also handed it out, does nothing).</summary>
    public void Dispose()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            _connection.Value.Result.Dispose();
        }
    }
}
