using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace EqualifyPdf.Storage.S3;

/// <summary>Builds the S3 client from <see cref="S3BlobStoreOptions"/>; credentials come from the default AWS chain.</summary>
internal static class S3ClientFactory
{
    public static AmazonS3Client Create(S3BlobStoreOptions options, HttpClientFactory? httpClientFactory)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,

            // Polly does the retrying; SDK retries underneath would multiply attempts and hide failures from the breaker.
            MaxErrorRetry = 0,
            // The pipelines' attempt timeouts govern; the HTTP client's must not cut the longest of them short.
            Timeout = Enum.GetValues<BlobOperation>().Max(options.Resilience.TimeoutOf),
        };

        if (string.IsNullOrEmpty(options.ServiceUrl))
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }
        else
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
        }

        if (httpClientFactory is not null)
        {
            config.HttpClientFactory = httpClientFactory;
        }

        return new AmazonS3Client(config);
    }
}
