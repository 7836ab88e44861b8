using EqualifyPdf.Contracts;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using StackExchange.Redis;

namespace EqualifyPdf.Workflow.Tests.Resilience;

/// <summary>
/// A page grain on another silo reports a storage outage to its job across the wire. Orleans serializes only the
/// exception types it is told about (<see cref="WireExceptions"/>); without them the page grain's answer fails to
/// serialize and the job, seeing an error it cannot place, fails instead of waiting for storage.
/// </summary>
public sealed class OutageSerializationTests
{
    public static TheoryData<string> OutageKinds() => ["blob store", "storage provider", "storage unavailable", "timeout", "io"];

    [Theory]
    [MemberData(nameof(OutageKinds))]
    public void Outage_CrossingASilo_IsStillOurs(string kind)
    {
        var wire = Wire(WireExceptions.Allow);

        var received = wire.Deserialize<Exception>(wire.SerializeToArray<Exception>(Make(kind)))!;

        Assert.True(Outages.AreOurs(received), $"{received.GetType().Name}: {received.Message}");
    }

    [Fact]
    public void BlobStoreOutage_CrossingASilo_KeepsItsType()
    {
        var wire = Wire(WireExceptions.Allow);

        var received = wire.Deserialize<Exception>(wire.SerializeToArray<Exception>(Make("blob store")));

        var outage = Assert.IsType<BlobStoreUnavailableException>(received);
        Assert.Equal("s3rver down", outage.InnerException?.Message);
    }

    [Fact]
    public void Outage_WithOrleansDefaults_CannotCrossASilo()
    {
        // What WireExceptions prevents: the sender cannot serialize the answer at all.
        var wire = Wire(_ => { });

        Assert.ThrowsAny<Exception>(() => wire.SerializeToArray<Exception>(Make("blob store")));
    }

    private static Serializer Wire(Action<ExceptionSerializationOptions> configure) =>
        new ServiceCollection().AddSerializer().Configure(configure).BuildServiceProvider().GetRequiredService<Serializer>();

    private static Exception Make(string kind) => kind switch
    {
        "blob store" => new BlobStoreUnavailableException(BlobOperation.Download, null, circuitOpen: true, new IOException("s3rver down")),
        // How Orleans hands a grain a Redis failure of its state storage.
        "storage provider" => new OrleansException("Error from storage provider Redis.PageGrain during WriteState for grain page/j1-3",
            new RedisConnectionException(ConnectionFailureType.SocketFailure, "No connection is active")),
        "storage unavailable" => new StorageUnavailableException("A storage call of job j1 failed.",
            new RedisTimeoutException("Timeout awaiting response", CommandStatus.Sent)),
        "timeout" => new TimeoutException("Response did not arrive on time"),
        _ => new IOException("Connection reset by peer"),
    };
}
