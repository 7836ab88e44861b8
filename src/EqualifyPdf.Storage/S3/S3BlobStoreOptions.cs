namespace EqualifyPdf.Storage.S3;

/// <summary>
/// Settings of <see cref="S3BlobStore"/>, bound from <c>BlobStorage:S3</c>. Credentials are deliberately absent: the
/// client takes them from the standard AWS chain (environment, shared profile, ECS task role, instance profile).
/// </summary>
public sealed class S3BlobStoreOptions
{
    /// <summary>Server-side encryption with S3-managed keys (the default).</summary>
    public const string Aes256 = "AES256";

    /// <summary>Server-side encryption with a KMS key (<see cref="KmsKeyId"/> required).</summary>
    public const string AwsKms = "aws:kms";

    /// <summary>Bucket of the <c>temp</c> container (uploads, page data). Required.</summary>
    public string TempBucket { get; set; } = string.Empty;

    /// <summary>Bucket of the <c>results</c> container (outputs kept for download). Required.</summary>
    public string ResultsBucket { get; set; } = string.Empty;

    /// <summary>AWS region, e.g. <c>eu-west-1</c>; also the signing region of an S3-compatible endpoint. Required.</summary>
    public string Region { get; set; } = string.Empty;

    /// <summary>Endpoint of an S3-compatible service (MinIO, s3rver), e.g. <c>http://127.0.0.1:9000</c>; empty = AWS.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Address buckets as <c>host/bucket</c> instead of <c>bucket.host</c>; most S3-compatible servers need it. Default false.</summary>
    public bool ForcePathStyle { get; set; }

    /// <summary>Server-side encryption on every write: <c>AES256</c> (default) or <c>aws:kms</c>.</summary>
    public string ServerSideEncryption { get; set; } = Aes256;

    /// <summary>The KMS key id or ARN used with <c>aws:kms</c>; must be empty otherwise.</summary>
    public string? KmsKeyId { get; set; }

    /// <summary>Default lifetime of a presigned download URL. Default 15 minutes; at most 7 days (S3's limit).</summary>
    public TimeSpan PresignExpiry { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Size of one multipart-upload part, also the largest object sent as a single put. Default 8 MiB; at least
    /// 5 MiB (S3's smallest part). An upload holds at most <c>UploadConcurrency</c> parts in memory.
    /// </summary>
    public int PartSize { get; set; } = 8 * 1024 * 1024;

    /// <summary>Parts of one upload sent at once. Default 2.</summary>
    public int UploadConcurrency { get; set; } = 2;

    /// <summary>Retries, circuit breakers and timeouts (section <c>BlobStorage:S3:Resilience</c>).</summary>
    public S3ResilienceOptions Resilience { get; set; } = new();
}
