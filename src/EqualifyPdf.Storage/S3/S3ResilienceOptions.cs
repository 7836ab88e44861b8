namespace EqualifyPdf.Storage.S3;

/// <summary>
/// How the S3 store rides out failures, bound from <c>BlobStorage:S3:Resilience</c>. Each S3 request runs through
/// retry → circuit breaker → attempt timeout; uploads, downloads and deletes have separate breakers.
/// </summary>
public sealed class S3ResilienceOptions
{
    /// <summary>Retries after the first attempt of a request that failed transiently. Default 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base of the exponential, jittered delay between retries. Default 200 ms.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Failed requests in a row, with no success in between, that open a circuit. Default 5.</summary>
    public int FailureThreshold { get; set; } = 5;

    /// <summary>
    /// The window in which those failures must fall (Polly's sampling duration). Default 10 s. A success inside the
    /// window keeps the circuit closed; once an outage has lasted this long, its failures are all the window holds.
    /// </summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an open circuit refuses calls before letting one probe through. Default 60 s.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest single upload request (one put or one part of up to <c>PartSize</c>). Default 2 minutes.</summary>
    public TimeSpan UploadTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Longest single download request (a HEAD, or a GET until its headers arrive). Default 30 s.</summary>
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest single delete request (one delete, one listing page, one batch of 1,000). Default 30 s.</summary>
    public TimeSpan DeleteTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The attempt timeout of <paramref name="operation"/>'s requests.</summary>
    public TimeSpan TimeoutOf(BlobOperation operation) => operation switch
    {
        BlobOperation.Upload => UploadTimeout,
        BlobOperation.Download => DownloadTimeout,
        _ => DeleteTimeout,
    };
}
