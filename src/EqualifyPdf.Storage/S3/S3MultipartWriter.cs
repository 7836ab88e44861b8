using System.Buffers;
using Amazon.S3;
using Amazon.S3.Model;

namespace EqualifyPdf.Storage.S3;

/// <summary>
/// Streams a blob into S3 without holding it whole: the source is read one part at a time into pooled buffers; a
/// blob that fits in one part is a single put, a larger one a multipart upload with up to
/// <see cref="S3BlobStoreOptions.UploadConcurrency"/> parts in flight. Each request sends its buffer, so a retry can
/// resend it; reading the source stays outside the retries, so a failing client upload is never retried or blamed on S3.
/// </summary>
internal sealed class S3MultipartWriter(IAmazonS3 client, S3Calls calls, S3BlobStoreOptions options)
{
    private const int SmallBlobSize = 64 * 1024;

    // A pool of its own: part buffers are returned on other threads than they were rented on, where the shared pool's
    // per-thread caches miss and allocate anew. Twice the parts in flight covers an upload and the next one starting.
    private readonly ArrayPool<byte> _buffers = ArrayPool<byte>.Create(options.PartSize, maxArraysPerBucket: 2 * options.UploadConcurrency);

    private readonly ServerSideEncryptionMethod _sse = options.ServerSideEncryption == S3BlobStoreOptions.AwsKms
        ? ServerSideEncryptionMethod.AWSKMS
        : ServerSideEncryptionMethod.AES256;

    private string? KmsKeyId => _sse == ServerSideEncryptionMethod.AWSKMS ? options.KmsKeyId : null;

    public async Task<long> WriteAsync(string bucket, string key, Stream content, CancellationToken cancellationToken)
    {
        // Most blobs (page data, results) are small: they go out of a small shared buffer in one put.
        var head = ArrayPool<byte>.Shared.Rent(SmallBlobSize);
        byte[] first;
        int length;
        try
        {
            length = await FillAsync(content, head, 0, SmallBlobSize, cancellationToken).ConfigureAwait(false);
            if (length < SmallBlobSize)
            {
                await PutAsync(bucket, key, head, length, cancellationToken).ConfigureAwait(false);
                return length;
            }

            first = _buffers.Rent(options.PartSize);
            head.AsSpan(0, length).CopyTo(first);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }

        var handedOver = false;
        try
        {
            length = await FillAsync(content, first, length, options.PartSize, cancellationToken).ConfigureAwait(false);
            if (length < options.PartSize)
            {
                await PutAsync(bucket, key, first, length, cancellationToken).ConfigureAwait(false);
                return length;
            }

            handedOver = true;
        }
        finally
        {
            if (!handedOver)
            {
                _buffers.Return(first);
            }
        }

        // The part loop owns the first buffer from here and returns every buffer it sends.
        return await WriteMultipartAsync(bucket, key, content, first, cancellationToken).ConfigureAwait(false);
    }

    private async Task<long> WriteMultipartAsync(string bucket, string key, Stream content, byte[] first, CancellationToken cancellationToken)
    {
        var start = new InitiateMultipartUploadRequest
        {
            BucketName = bucket,
            Key = key,
            ContentType = BlobContentTypes.ForKey(key),
            ServerSideEncryptionMethod = _sse,
            ServerSideEncryptionKeyManagementServiceKeyId = KmsKeyId,
            ChecksumAlgorithm = ChecksumAlgorithm.CRC32,
        };
        string uploadId;
        try
        {
            uploadId = (await calls.RunAsync(BlobOperation.Upload, t => client.InitiateMultipartUploadAsync(start, t), cancellationToken)
                .ConfigureAwait(false)).UploadId;
        }
        catch
        {
            _buffers.Return(first);
            throw;
        }

        using var partsCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inFlight = new Queue<Task<PartETag>>();
        var parts = new List<PartETag>();
        long total = 0;
        try
        {
            var buffer = first;
            var length = options.PartSize;
            for (var number = 1; length > 0; number++)
            {
                total += length;
                inFlight.Enqueue(SendPartAsync(bucket, key, uploadId, number, buffer, length, partsCancel.Token));
                if (inFlight.Count >= options.UploadConcurrency)
                {
                    parts.Add(await inFlight.Dequeue().ConfigureAwait(false));
                }

                buffer = _buffers.Rent(options.PartSize);
                length = await FillOrReturnAsync(content, buffer, cancellationToken).ConfigureAwait(false);
            }

            while (inFlight.Count > 0)
            {
                parts.Add(await inFlight.Dequeue().ConfigureAwait(false));
            }

            var complete = new CompleteMultipartUploadRequest { BucketName = bucket, Key = key, UploadId = uploadId, PartETags = parts };
            await calls.RunAsync(BlobOperation.Upload, t => client.CompleteMultipartUploadAsync(complete, t), cancellationToken).ConfigureAwait(false);
            return total;
        }
        catch
        {
            await partsCancel.CancelAsync().ConfigureAwait(false);
            await DrainAsync(inFlight).ConfigureAwait(false);
            await AbortAsync(bucket, key, uploadId).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<PartETag> SendPartAsync(
        string bucket, string key, string uploadId, int number, byte[] buffer, int length, CancellationToken cancellationToken)
    {
        try
        {
            var response = await calls.RunAsync(
                BlobOperation.Upload,
                t => client.UploadPartAsync(
                    new UploadPartRequest
                    {
                        BucketName = bucket,
                        Key = key,
                        UploadId = uploadId,
                        PartNumber = number,
                        PartSize = length,
                        InputStream = new MemoryStream(buffer, 0, length, writable: false),
                        ChecksumAlgorithm = ChecksumAlgorithm.CRC32,

                        // aws-chunked bodies are silently mangled by some S3-compatible servers (s3rver).
                        UseChunkEncoding = false,
                    },
                    t),
                cancellationToken).ConfigureAwait(false);
            return new PartETag(response);
        }
        finally
        {
            _buffers.Return(buffer);
        }
    }

    private Task<PutObjectResponse> PutAsync(string bucket, string key, byte[] buffer, int length, CancellationToken cancellationToken) =>
        calls.RunAsync(BlobOperation.Upload, t => client.PutObjectAsync(PutRequest(bucket, key, buffer, length), t), cancellationToken);

    private PutObjectRequest PutRequest(string bucket, string key, byte[] buffer, int length) => new()
    {
        BucketName = bucket,
        Key = key,
        InputStream = new MemoryStream(buffer, 0, length, writable: false),
        ContentType = BlobContentTypes.ForKey(key),
        ServerSideEncryptionMethod = _sse,
        ServerSideEncryptionKeyManagementServiceKeyId = KmsKeyId,
        UseChunkEncoding = false,
    };

    private async Task<int> FillOrReturnAsync(Stream content, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            var length = await FillAsync(content, buffer, 0, options.PartSize, cancellationToken).ConfigureAwait(false);
            if (length == 0)
            {
                _buffers.Return(buffer);
            }

            return length;
        }
        catch
        {
            _buffers.Return(buffer);
            throw;
        }
    }

    /// <summary>Reads until <paramref name="buffer"/> holds <paramref name="count"/> bytes or the source ends; returns how many it holds.</summary>
    private static async Task<int> FillAsync(Stream content, byte[] buffer, int filled, int count, CancellationToken cancellationToken) =>
        filled + await content.ReadAtLeastAsync(buffer.AsMemory(filled, count - filled), count - filled, throwOnEndOfStream: false, cancellationToken)
            .ConfigureAwait(false);

    private static async Task DrainAsync(Queue<Task<PartETag>> inFlight)
    {
        foreach (var part in inFlight)
        {
            try
            {
                await part.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The first failure is the one being reported; the others were cancelled because of it.
            }
        }
    }

    private async Task AbortAsync(string bucket, string key, string uploadId)
    {
        try
        {
            await client.AbortMultipartUploadAsync(
                new AbortMultipartUploadRequest { BucketName = bucket, Key = key, UploadId = uploadId }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Best effort: an upload left behind is invisible to readers and removed by the bucket's lifecycle rule.
        }
    }
}
