using StackExchange.Redis;

namespace EqualifyPdf.Workflow.Bench;

/// <summary>Reads how many commands a Redis server has processed, to report round trips per job.</summary>
internal sealed class RedisCommandCounter(int port) : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection =
        new(() => ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},allowAdmin=true"));

    /// <summary>The server's <c>total_commands_processed</c>.</summary>

    /// <summary>Calls per command name (<c>INFO commandstats</c>).</summary>
    public async Task<Dictionary<string, long>> ReadByCommandAsync()
    {
        var connection = await _connection.Value;
        var info = await connection.GetServer($"127.0.0.1:{port}").InfoAsync("commandstats");
        return info.SelectMany(group => group).ToDictionary(
            pair => pair.Key.Replace("cmdstat_", "", StringComparison.Ordinal),
            pair => long.Parse(pair.Value.Split(',')[0].Split('=')[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            await (await _connection.Value).DisposeAsync();
        }
    }
}
