using EqualifyPdf.Storage.S3;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EqualifyPdf.Storage.Tests.S3;

/// <summary>
/// An <see cref="S3BlobStore"/> built the way a host builds it (<c>AddEqualifyStorage</c> on configuration) against
/// the test's s3rver and a fresh bucket pair, with a recording, fault-injecting handler under its HTTP client.
/// </summary>
public sealed class S3TestStore : IAsyncDisposable
{
    private S3TestStore(ServiceProvider services, FaultInjectingHandler handler, string temp, string results)
    {
        Services = services;
        Handler = handler;
        TempBucket = temp;
        ResultsBucket = results;
        Store = services.GetRequiredService<IBlobStore>();
    }

    public ServiceProvider Services { get; }

    public IBlobStore Store { get; }

    public FaultInjectingHandler Handler { get; }

    public string TempBucket { get; }

    public string ResultsBucket { get; }

    /// <param name="server">The running s3rver.</param>
    /// <param name="settings">Extra or overriding <c>BlobStorage:S3:*</c> keys (without the prefix).</param>
    /// <param name="timeProvider">A fake clock for the pipelines, or null for the system clock.</param>
    public static async Task<S3TestStore> CreateAsync(
        S3rverFixture server, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? timeProvider = null)
    {
        var (temp, results) = await server.CreateBucketsAsync();
        var values = new Dictionary<string, string?>
        {
            ["BlobStorage:Provider"] = "s3",
            ["BlobStorage:S3:TempBucket"] = temp,
            ["BlobStorage:S3:ResultsBucket"] = results,
            ["BlobStorage:S3:Region"] = S3rverFixture.Region,
            ["BlobStorage:S3:ServiceUrl"] = server.ServiceUrl,
            ["BlobStorage:S3:ForcePathStyle"] = "true",
            ["BlobStorage:S3:Resilience:RetryBaseDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values["BlobStorage:S3:" + key] = value;
        }

        var handler = new FaultInjectingHandler();
        var services = new ServiceCollection()
            .AddMetrics()
            .AddSingleton<Amazon.Runtime.HttpClientFactory>(new HandlerHttpClientFactory(handler));
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddEqualifyStorage(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        return new S3TestStore(services.BuildServiceProvider(), handler, temp, results);
    }

    public Polly.CircuitBreaker.CircuitState CircuitOf(BlobOperation operation) =>
        Services.GetRequiredService<S3CircuitStates>().StateOf(operation);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Handler.Dispose();
    }
}
