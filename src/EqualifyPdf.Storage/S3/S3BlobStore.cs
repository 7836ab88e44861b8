using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace EqualifyPdf.Storage.S3;

/// <summary>
/// An <see cref="IBlobStore"/> on Amazon S3 (or an S3-compatible server): the <c>temp</c> and <c>results</c>
/// containers map to two buckets. Writes stream in parts with server-side encryption and a content type taken from
/// the key; every request runs through a retry and circuit-breaker pipeline of its operation (upload, download,
/// delete), and an unavailable store surfaces as <see cref="BlobStoreUnavailableException"/>. Created by
/// <c>AddEqualifyStorage</c> with <c>BlobStorage:Provider = s3</c>.
/// </summary>
public sealed class S3BlobStore : IBlobStore, IDisposable
{
    /// <summary>Name of the <see cref="System.Diagnostics.Metrics.Meter"/> the store reports on.</summary>
    public const string MeterName = "EqualifyPdf.Storage";

    private const int DeleteBatchSize = 1000;
    private readonly S3BlobStoreOptions _options;
    private readonly AmazonS3Client _client;
    private readonly S3Calls _calls;
    private readonly S3MultipartWriter _writer;
    private readonly TimeProvider _timeProvider;

    internal S3BlobStore(S3BlobStoreOptions options, AmazonS3Client client, S3Calls calls, TimeProvider timeProvider)
    {
        _options = options;
        _client = client;
        _calls = calls;
        _timeProvider = timeProvider;
        _writer = new S3MultipartWriter(client, calls, options);
    }

    /// <inheritdoc />
    public Task<long> WriteAsync(string container, string key, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bucket = BucketFor(container, key);
        return _writer.WriteAsync(bucket, key, content, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Stream?> OpenReadAsync(string container, string key, CancellationToken cancellationToken = default)
    {
        var bucket = BucketFor(container, key);
        var response = await _calls.RunAsync(
            BlobOperation.Download,
            async t =>
            {
                try
                {
                    return await _client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = key }, t).ConfigureAwait(false);
                }
                catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
                {
                    return null;
                }
            },
            cancellationToken).ConfigureAwait(false);
        return response?.ResponseStream;
    }

    /// <inheritdoc />
    public Task<bool> ExistsAsync(string container, string key, CancellationToken cancellationToken = default)
    {
        var bucket = BucketFor(container, key);
        return _calls.RunAsync(
            BlobOperation.Download,
            async t =>
            {
                try
                {
                    await _client.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = bucket, Key = key }, t).ConfigureAwait(false);
                    return true;
                }
                catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
                {
                    return false;
                }
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteAsync(string container, string key, CancellationToken cancellationToken = default)
    {
        var bucket = BucketFor(container, key);
        return _calls.RunAsync(
            BlobOperation.Delete, t => _client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = bucket, Key = key }, t), cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeletePrefixAsync(string container, string prefix, CancellationToken cancellationToken = default)
    {
        var bucket = BucketFor(container);
        BlobKeys.ValidateKey(prefix, allowTrailingSlash: true);
        string? continuation = null;
        do
        {
            var list = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix, MaxKeys = DeleteBatchSize, ContinuationToken = continuation };
            var page = await _calls.RunAsync(BlobOperation.Delete, t => _client.ListObjectsV2Async(list, t), cancellationToken).ConfigureAwait(false);
            if (page.S3Objects is { Count: > 0 } objects)
            {
                var delete = new DeleteObjectsRequest
                {
                    BucketName = bucket,
                    Objects = objects.Select(o => new KeyVersion { Key = o.Key }).ToList(),
                    Quiet = true,
                };
                var result = await _calls.RunAsync(BlobOperation.Delete, t => _client.DeleteObjectsAsync(delete, t), cancellationToken)
                    .ConfigureAwait(false);
                if (result.DeleteErrors is { Count: > 0 } errors)
                {
                    throw new IOException(
                        $"S3 did not delete {errors.Count} of {objects.Count} blobs under '{prefix}' in {bucket}: {errors[0].Code} {errors[0].Message}");
                }
            }

            continuation = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (continuation is not null);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<BlobEntry> ListAsync(
        string container, string prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var bucket = BucketFor(container);
        if (prefix.Length > 0)
        {
            BlobKeys.ValidateKey(prefix, allowTrailingSlash: true);
        }

        string? continuation = null;
        do
        {
            var list = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix, ContinuationToken = continuation };
            var page = await _calls.RunAsync(BlobOperation.Download, t => _client.ListObjectsV2Async(list, t), cancellationToken).ConfigureAwait(false);
            foreach (var item in page.S3Objects ?? [])
            {
                yield return new BlobEntry(item.Key, item.LastModified is { } modified ? new DateTimeOffset(modified.ToUniversalTime()) : DateTimeOffset.MinValue);
            }

            continuation = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (continuation is not null);
    }

    /// <inheritdoc />
    /// <remarks>A HEAD on each bucket, outside the circuits so that health reports what S3 answers now.</remarks>
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Resilience.DownloadTimeout);
        try
        {
            foreach (var bucket in new[] { _options.TempBucket, _options.ResultsBucket })
            {
                await _client.HeadBucketAsync(new HeadBucketRequest { BucketName = bucket }, timeout.Token).ConfigureAwait(false);
            }

            return true;
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException || S3TransientErrors.IsTransient(e)
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    /// <inheritdoc />
    /// <remarks>Signed locally with the current credentials; the URL says nothing about whether the blob exists.</remarks>
    public async Task<Uri?> GetReadUrlAsync(string container, string key, TimeSpan? expiry = null, CancellationToken cancellationToken = default)
    {
        var bucket = BucketFor(container, key);
        var lifetime = expiry ?? _options.PresignExpiry;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero, nameof(expiry));
        var request = new GetPreSignedUrlRequest
        {
            BucketName = bucket,
            Key = key,
            Verb = HttpVerb.GET,
            Expires = _timeProvider.GetUtcNow().UtcDateTime + lifetime,

            // The SDK signs https unless told otherwise, which an http endpoint (s3rver, a local MinIO) cannot serve.
            Protocol = _options.ServiceUrl?.StartsWith("http://", StringComparison.OrdinalIgnoreCase) == true ? Protocol.HTTP : Protocol.HTTPS,
        };
        return new Uri(await _client.GetPreSignedURLAsync(request).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private string BucketFor(string container, string key)
    {
        var bucket = BucketFor(container);
        BlobKeys.ValidateKey(key);
        return bucket;
    }

    private string BucketFor(string container)
    {
        BlobKeys.ValidateContainer(container);
        return container switch
        {
            BlobContainers.Temp => _options.TempBucket,
            BlobContainers.Results => _options.ResultsBucket,
            _ => throw new ArgumentException($"The S3 store has no bucket for container '{container}'.", nameof(container)),
        };
    }
}
