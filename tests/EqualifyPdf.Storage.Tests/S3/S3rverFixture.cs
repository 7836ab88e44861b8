using EqualifyPdf.Testing;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace EqualifyPdf.Storage.Tests.S3;

/// <summary>
/// Runs npm's s3rver (installed by test.sh into tests/tools/node_modules) on a free 127.0.0.1 port for the S3
/// tests, with its data in a temp folder; it can be stopped and restarted on the same port to simulate an outage.
/// </summary>
public sealed class S3rverFixture : IAsyncLifetime
{
    /// <summary>s3rver's built-in account; the store reads it from the environment like any AWS credentials.</summary>
    public const string AccessKey = S3rverProcess.Account;

    public const string Region = "us-east-1";

    private readonly S3rverProcess _server = new(Path.Combine(Path.GetTempPath(), "eqpdf-s3rver-" + Guid.NewGuid().ToString("N")), []);

    public string ServiceUrl => _server.ServiceUrl;

    /// <summary>A client without faults or resilience, for arranging and inspecting buckets.</summary>
    public AmazonS3Client Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The store takes credentials from the standard AWS chain; the environment is its first link.
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", AccessKey);
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", AccessKey);
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        await StartAsync();
        Admin = new AmazonS3Client(
            new BasicAWSCredentials(AccessKey, AccessKey),
            new AmazonS3Config { ServiceURL = ServiceUrl, ForcePathStyle = true, AuthenticationRegion = Region });
    }

    public async Task DisposeAsync()
    {
        Admin?.Dispose();
        await _server.DisposeAsync();
    }

    /// <summary>Creates a fresh temp/results bucket pair, so each test starts from empty buckets.</summary>
    public async Task<(string Temp, string Results)> CreateBucketsAsync()
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var buckets = ($"temp-{id}", $"results-{id}");
        await Admin.PutBucketAsync(new PutBucketRequest { BucketName = buckets.Item1 });
        await Admin.PutBucketAsync(new PutBucketRequest { BucketName = buckets.Item2 });
        return buckets;
    }

    /// <summary>Starts s3rver: on a port the OS picks the first time, on the same port after a stop.</summary>
    public Task StartAsync() => _server.StartAsync();

    /// <summary>Kills s3rver; its data folder stays for a restart.</summary>
    public Task StopAsync() => _server.StopAsync();
}
