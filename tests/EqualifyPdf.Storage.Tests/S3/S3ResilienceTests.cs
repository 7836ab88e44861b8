using System.Diagnostics.Metrics;
using System.Net;
using Amazon.S3;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;

namespace EqualifyPdf.Storage.Tests.S3;

/// <summary>
/// Retries, the three circuits and the metrics, with faults injected under the S3 client or by stopping s3rver.
/// Circuit tests run on a fake clock with no retries, so every failure is one request and a break passes in one call.
/// </summary>
[Collection(S3rverCollection.Name)]
public sealed class S3ResilienceTests(S3rverFixture server)
{
    private static readonly Dictionary<string, string?> NoRetries = new() { ["Resilience:MaxRetryAttempts"] = "0" };

    /// <summary>Past the default sampling window: an earlier success no longer holds the circuit closed.</summary>
    private static readonly TimeSpan SamplingWindow = TimeSpan.FromSeconds(11);

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, "SlowDown")]
    [InlineData(HttpStatusCode.InternalServerError, "InternalError")]
    [InlineData(HttpStatusCode.BadRequest, "RequestTimeout")]
    public async Task WriteAsync_TwoTransientFailures_RetriesAndStores(HttpStatusCode status, string code)
    {
        await using var s3 = await S3TestStore.CreateAsync(server);
        var faults = 2;
        s3.Handler.Fault = r => r.Method == HttpMethod.Put && Interlocked.Decrement(ref faults) >= 0 ? FaultInjectingHandler.S3Error(status, code) : null;

        await s3.Store.WriteAsync(BlobContainers.Temp, "job1/source.pdf", new MemoryStream([7, 8]));

        Assert.Equal(3, s3.Handler.Where(HttpMethod.Put).Count);
        await using var read = await s3.Store.OpenReadAsync(BlobContainers.Temp, "job1/source.pdf");
        Assert.Equal(7, read!.ReadByte());
    }

    [Fact]
    public async Task OpenReadAsync_ThrottledOnce_RetriesTheGet()
    {
        await using var s3 = await S3TestStore.CreateAsync(server);
        await s3.Store.WriteAsync(BlobContainers.Results, "job1/document.md", new MemoryStream([35]));
        var faults = 1;
        s3.Handler.Fault = r => r.Method == HttpMethod.Get && Interlocked.Decrement(ref faults) >= 0
            ? FaultInjectingHandler.S3Error(HttpStatusCode.TooManyRequests, "Throttling")
            : null;

        await using var read = await s3.Store.OpenReadAsync(BlobContainers.Results, "job1/document.md");

        Assert.Equal(35, read!.ReadByte());
        Assert.Equal(2, s3.Handler.Where(HttpMethod.Get).Count);
    }

    [Fact]
    public async Task WriteAsync_AccessDenied_IsNeitherRetriedNorReportedUnavailable()
    {
        await using var s3 = await S3TestStore.CreateAsync(server);
        s3.Handler.Fault = _ => FaultInjectingHandler.S3Error(HttpStatusCode.Forbidden, "AccessDenied");

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => s3.Store.WriteAsync(BlobContainers.Temp, "a/b.pdf", new MemoryStream([1])));

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Single(s3.Handler.Requests);
    }

    [Fact]
    public async Task WriteAsync_FailuresOutlastRetries_ThrowsUnavailableWithCircuitStillClosed()
    {
        await using var s3 = await S3TestStore.CreateAsync(server, new Dictionary<string, string?> { ["Resilience:MaxRetryAttempts"] = "2" });
        s3.Handler.Fault = _ => FaultInjectingHandler.S3Error(HttpStatusCode.ServiceUnavailable, "SlowDown");

        var error = await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => s3.Store.WriteAsync(BlobContainers.Temp, "a/b.pdf", new MemoryStream([1])));

        Assert.False(error.IsCircuitOpen);
        Assert.Equal(BlobOperation.Upload, error.Operation);
        Assert.Equal(3, s3.Handler.Requests.Count);
        Assert.Equal(CircuitState.Closed, s3.CircuitOf(BlobOperation.Upload));
    }

    [Fact]
    public async Task WriteAsync_FiveConsecutiveFailures_OpensUploadCircuitWhichRefusesWithoutCallingS3()
    {
        var clock = new FakeTimeProvider();
        await using var s3 = await S3TestStore.CreateAsync(server, NoRetries, clock);
        s3.Handler.Fault = _ => FaultInjectingHandler.S3Error(HttpStatusCode.InternalServerError, "InternalError");

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(CircuitState.Closed, s3.CircuitOf(BlobOperation.Upload));
            var transient = await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => Write(s3, $"k{i}.json"));
            Assert.False(transient.IsCircuitOpen);
        }

        var refused = await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => Write(s3, "k5.json"));

        Assert.True(refused.IsCircuitOpen);
        Assert.Equal(BlobOperation.Upload, refused.Operation);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.RetryAfter);
        Assert.Equal(CircuitState.Open, s3.CircuitOf(BlobOperation.Upload));
        Assert.Equal(5, s3.Handler.Requests.Count);
    }

    [Fact]
    public async Task Requests_ServerNeverAnswers_EachOperationTimesOutAfterItsOwnTimeout()
    {
        var clock = new FakeTimeProvider();
        await using var s3 = await S3TestStore.CreateAsync(server, NoRetries, clock);
        s3.Handler.Hang = _ => true;
        var download = s3.Store.ExistsAsync(BlobContainers.Temp, "slow.json");
        var upload = Write(s3, "slow.json");
        Assert.True(await s3.Handler.Hanging.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(await s3.Handler.Hanging.WaitAsync(TimeSpan.FromSeconds(10)));

        clock.Advance(TimeSpan.FromSeconds(30));
        var timedOut = await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => download);

        Assert.IsType<Polly.Timeout.TimeoutRejectedException>(timedOut.InnerException);
        Assert.False(upload.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(90));
        Assert.Equal(BlobOperation.Upload, (await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => upload)).Operation);
    }

    [Fact]
    public async Task WriteAsync_SuccessBetweenFailures_KeepsCircuitClosed()
    {
        var clock = new FakeTimeProvider();
        await using var s3 = await S3TestStore.CreateAsync(server, NoRetries, clock);
        var failing = true;
        s3.Handler.Fault = _ => failing ? FaultInjectingHandler.S3Error(HttpStatusCode.ServiceUnavailable, "SlowDown") : null;
        for (var i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => Write(s3, $"a{i}.json"));
        }

        failing = false;
        await Write(s3, "ok.json");
        failing = true;
        for (var i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => Write(s3, $"b{i}.json"));
        }

        Assert.Equal(CircuitState.Closed, s3.CircuitOf(BlobOperation.Upload));
    }

    [Fact]
    public async Task UploadCircuitOpen_DownloadsAndDeletesStillWork()
    {
        var clock = new FakeTimeProvider();
        await using var s3 = await S3TestStore.CreateAsync(server, NoRetries, clock);
        await Write(s3, "kept.json");
        clock.Advance(SamplingWindow);
        s3.Handler.Fault = r => r.Method == HttpMethod.Put ? FaultInjectingHandler.S3Error(HttpStatusCode.ServiceUnavailable, "SlowDown") : null;
        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => Write(s3, $"k{i}.json"));
        }

        Assert.Equal(CircuitState.Open, s3.CircuitOf(BlobOperation.Upload));
        Assert.True(await s3.Store.ExistsAsync(BlobContainers.Temp, "kept.json"));
        await using (var read = await s3.Store.OpenReadAsync(BlobContainers.Temp, "kept.json"))
        {
            Assert.Equal(1, read!.ReadByte());
        }

        await s3.Store.DeleteAsync(BlobContainers.Temp, "kept.json");
        Assert.False(await s3.Store.ExistsAsync(BlobContainers.Temp, "kept.json"));
        Assert.Equal(CircuitState.Closed, s3.CircuitOf(BlobOperation.Download));
        Assert.Equal(CircuitState.Closed, s3.CircuitOf(BlobOperation.Delete));
    }

    [Fact]
    public async Task S3rverStopped_CircuitsOpen_AfterRestartTheyRecoverOnceTheBreakHasPassed()
    {
        var clock = new FakeTimeProvider();
        await using var s3 = await S3TestStore.CreateAsync(server, NoRetries, clock);
        await server.StopAsync();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => Write(s3, $"k{i}.json"));
                await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => s3.Store.ExistsAsync(BlobContainers.Temp, "k.json"));
            }

            Assert.True((await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => Write(s3, "k.json"))).IsCircuitOpen);
            Assert.True((await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => s3.Store.OpenReadAsync(BlobContainers.Temp, "k.json"))).IsCircuitOpen);
            Assert.False(await s3.Store.IsHealthyAsync());
        }
        finally
        {
            await server.StartAsync();
        }

        // Back up, but the break has not passed: still refused, without trying.
        Assert.True((await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => Write(s3, "k.json"))).IsCircuitOpen);

        clock.Advance(TimeSpan.FromSeconds(60));
        await Write(s3, "k.json");
        Assert.True(await s3.Store.ExistsAsync(BlobContainers.Temp, "k.json"));
        Assert.Equal(CircuitState.Closed, s3.CircuitOf(BlobOperation.Upload));
        Assert.Equal(CircuitState.Closed, s3.CircuitOf(BlobOperation.Download));
    }

    [Fact]
    public async Task Metrics_UploadCircuitOpens_CountsRequestsErrorsAndReportsCircuitState()
    {
        var clock = new FakeTimeProvider();
        await using var s3 = await S3TestStore.CreateAsync(server, NoRetries, clock);
        var scope = s3.Services.GetRequiredService<IMeterFactory>();
        var longs = new List<(string Name, long Value, string? Operation, string? Error)>();
        var states = new Dictionary<string, int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "EqualifyPdf.Storage" && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            longs.Add((instrument.Name, value, Tag(tags, "operation"), Tag(tags, "error.type"))));
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => states[Tag(tags, "operation")!] = value);
        listener.Start();

        await Write(s3, "ok.json");
        clock.Advance(SamplingWindow);
        s3.Handler.Fault = r => r.Method == HttpMethod.Put ? FaultInjectingHandler.S3Error(HttpStatusCode.ServiceUnavailable, "SlowDown") : null;
        for (var i = 0; i < 6; i++)
        {
            await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => Write(s3, $"k{i}.json"));
        }

        listener.RecordObservableInstruments();

        Assert.Equal(7, longs.Count(m => m is { Name: "equalifypdf.storage.calls", Operation: "upload" }));
        Assert.Equal(5, longs.Count(m => m is { Name: "equalifypdf.storage.errors", Operation: "upload", Error: "transient" }));
        Assert.Equal(1, longs.Count(m => m is { Name: "equalifypdf.storage.errors", Operation: "upload", Error: "circuit_open" }));
        Assert.Equal((int)CircuitState.Open, states["upload"]);
        Assert.Equal((int)CircuitState.Closed, states["download"]);
        Assert.Equal((int)CircuitState.Closed, states["delete"]);
    }

    private static Task<long> Write(S3TestStore s3, string key) =>
        s3.Store.WriteAsync(BlobContainers.Temp, key, new MemoryStream([1]));

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
