using System.Text.RegularExpressions;
using EqualifyPdf.Storage.S3;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Storage;

/// <summary>
/// Checks <see cref="BlobStorageOptions"/> at start-up, so a misconfigured host stops with one line naming every bad
/// key instead of failing on its first upload.
/// </summary>
internal sealed partial class BlobStorageOptionsValidator : IValidateOptions<BlobStorageOptions>
{
    private const int MinPartSize = 5 * 1024 * 1024;
    private static readonly TimeSpan MaxPresignExpiry = TimeSpan.FromDays(7);

    public ValidateOptionsResult Validate(string? name, BlobStorageOptions options)
    {
        var problems = new List<string>();
        if (options.IsS3)
        {
            ValidateS3(options.S3, problems);
        }
        else if (!string.Equals(options.Provider, BlobStorageOptions.LocalProvider, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"BlobStorage:Provider must be 'local' or 's3', not '{options.Provider}'");
        }
        else if (string.IsNullOrWhiteSpace(options.LocalRoot))
        {
            problems.Add("BlobStorage:LocalRoot must be set");
        }

        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Invalid blob storage configuration: " + string.Join("; ", problems) + ".");
    }

    private static void ValidateS3(S3BlobStoreOptions s3, List<string> problems)
    {
        CheckBucket("TempBucket", s3.TempBucket, problems);
        CheckBucket("ResultsBucket", s3.ResultsBucket, problems);
        if (!string.IsNullOrEmpty(s3.TempBucket) && s3.TempBucket == s3.ResultsBucket)
        {
            problems.Add("BlobStorage:S3:TempBucket and ResultsBucket must differ (their lifecycles differ)");
        }

        if (string.IsNullOrWhiteSpace(s3.Region))
        {
            problems.Add("BlobStorage:S3:Region must be set (e.g. eu-west-1)");
        }

        if (!string.IsNullOrEmpty(s3.ServiceUrl)
            && !(Uri.TryCreate(s3.ServiceUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)))
        {
            problems.Add($"BlobStorage:S3:ServiceUrl must be an absolute http(s) URL, not '{s3.ServiceUrl}'");
        }

        switch (s3.ServerSideEncryption)
        {
            case S3BlobStoreOptions.Aes256 when !string.IsNullOrEmpty(s3.KmsKeyId):
                problems.Add("BlobStorage:S3:KmsKeyId is set but ServerSideEncryption is AES256; set it to aws:kms");
                break;
            case S3BlobStoreOptions.AwsKms when string.IsNullOrWhiteSpace(s3.KmsKeyId):
                problems.Add("BlobStorage:S3:KmsKeyId must be set when ServerSideEncryption is aws:kms");
                break;
            case S3BlobStoreOptions.Aes256 or S3BlobStoreOptions.AwsKms:
                break;
            default:
                problems.Add($"BlobStorage:S3:ServerSideEncryption must be AES256 or aws:kms, not '{s3.ServerSideEncryption}'");
                break;
        }

        if (s3.PresignExpiry <= TimeSpan.Zero || s3.PresignExpiry > MaxPresignExpiry)
        {
            problems.Add("BlobStorage:S3:PresignExpiry must be more than 0 and at most 7 days");
        }

        if (s3.PartSize < MinPartSize)
        {
            problems.Add($"BlobStorage:S3:PartSize must be at least {MinPartSize} bytes (5 MiB)");
        }

        if (s3.UploadConcurrency < 1)
        {
            problems.Add("BlobStorage:S3:UploadConcurrency must be at least 1");
        }

        ValidateResilience(s3.Resilience, problems);
    }

    private static void ValidateResilience(S3ResilienceOptions r, List<string> problems)
    {
        // Polly's own floors: a breaker needs at least 2 calls and windows of at least 0.5 s.
        var halfSecond = TimeSpan.FromMilliseconds(500);
        if (r.MaxRetryAttempts is < 0 or > 10)
        {
            problems.Add("BlobStorage:S3:Resilience:MaxRetryAttempts must be 0 to 10");
        }

        if (r.RetryBaseDelay < TimeSpan.Zero)
        {
            problems.Add("BlobStorage:S3:Resilience:RetryBaseDelay must not be negative");
        }

        if (r.FailureThreshold < 2)
        {
            problems.Add("BlobStorage:S3:Resilience:FailureThreshold must be at least 2");
        }

        if (r.SamplingDuration < halfSecond || r.BreakDuration < halfSecond)
        {
            problems.Add("BlobStorage:S3:Resilience:SamplingDuration and BreakDuration must be at least 00:00:00.5");
        }

        if (r.UploadTimeout <= TimeSpan.Zero || r.DownloadTimeout <= TimeSpan.Zero || r.DeleteTimeout <= TimeSpan.Zero)
        {
            problems.Add("BlobStorage:S3:Resilience:UploadTimeout, DownloadTimeout and DeleteTimeout must be more than 0");
        }
    }

    private static void CheckBucket(string name, string bucket, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(bucket))
        {
            problems.Add($"BlobStorage:S3:{name} must be set");
        }
        else if (!BucketName().IsMatch(bucket))
        {
            problems.Add($"BlobStorage:S3:{name} '{bucket}' is not a valid bucket name (3-63 lowercase letters, digits, '.', '-')");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex BucketName();
}
