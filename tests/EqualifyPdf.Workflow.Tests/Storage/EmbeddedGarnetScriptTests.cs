using EqualifyPdf.Workflow.Tests.Infrastructure;
using StackExchange.Redis;

namespace EqualifyPdf.Workflow.Tests.Storage;

/// <summary>
/// Orleans' Redis grain storage writes with a compare-and-set script (read the etag, compare, write state and the new
/// etag), and the progress store appends with one: both are correct only if a script runs without another
/// connection's commands in between. Garnet runs scripts from different connections in parallel unless it is started
/// in Lua transaction mode, and two silos (or a silo and a restarted one) always use different connections.
/// </summary>
public sealed class EmbeddedGarnetScriptTests : IAsyncLifetime
{
    // The etag check of Orleans' write script, with the work a large state's write does between read and write.
    private const string CompareAndSet = """
        local etag = redis.call('HGET', KEYS[1], 'etag')
        if etag ~= ARGV[1] then return 0 end
        local n = 0
        for i = 1, 20000 do n = n + i end
        redis.call('HSET', KEYS[1], 'etag', ARGV[2], 'data', ARGV[3])
        return 1
        """;

    private GrainStorageBackend _garnet = null!;

    public async Task InitializeAsync() => _garnet = await GrainStorageBackend.StartEmbeddedGarnetAsync();

    public Task DisposeAsync()
    {
        _garnet.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CompareAndSetScript_TwoConnectionsRacing_OneWinsEveryRound()
    {
        await using var first = await ConnectionMultiplexer.ConnectAsync(_garnet.ConnectionString!);
        await using var second = await ConnectionMultiplexer.ConnectAsync(_garnet.ConnectionString!);
        var key = (RedisKey)"script-race";
        var bothWon = 0;
        for (var round = 0; round < 300; round++)
        {
            var expected = "etag-" + round;
            await first.GetDatabase().HashSetAsync(key, "etag", expected);
            var writes = await Task.WhenAll(
                Task.Run(() => first.GetDatabase().ScriptEvaluateAsync(CompareAndSet, [key], [expected, "a-" + round, "from a"])),
                Task.Run(() => second.GetDatabase().ScriptEvaluateAsync(CompareAndSet, [key], [expected, "b-" + round, "from b"])));
            if (writes.All(w => (int)w == 1))
            {
                bothWon++;
            }
        }

        Assert.Equal(0, bothWon);
    }
}
