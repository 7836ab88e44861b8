// EqualifyPdf.Storage: where uploaded PDFs, page results and final outputs live (a local folder by default).

namespace EqualifyPdf.Storage;

/// <summary>
/// A flat key/value store of immutable blobs, split into containers like S3 buckets
/// (<see cref="BlobContainers.Temp"/> for uploads, <see cref="BlobContainers.Results"/> for outputs).
/// Writes are atomic: a reader sees the whole blob or nothing.
/// </summary>
public interface IBlobStore
{
    /// <summary>Streams <paramref name="content"/> into the blob, replacing any existing one atomically.</summary>
    /// <returns>The number of bytes written.</returns>
    Task<long> WriteAsync(string container, string key, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Opens the blob for reading, or returns null when it does not exist.</summary>
    Task<Stream?> OpenReadAsync(string container, string key, CancellationToken cancellationToken = default);

    /// <summary>True when the blob exists.</summary>
    Task<bool> ExistsAsync(string container, string key, CancellationToken cancellationToken = default);

    /// <summary>Deletes the blob; deleting a missing blob is not an error.</summary>
    Task DeleteAsync(string container, string key, CancellationToken cancellationToken = default);

    /// <summary>Deletes every blob whose key starts with <paramref name="prefix"/>.</summary>
    Task DeletePrefixAsync(string container, string prefix, CancellationToken cancellationToken = default);

    /// <summary>Every blob whose key starts with <paramref name="prefix"/>, with when it was last written; for the
    /// sweeper that removes what no job owns any more.</summary>
    IAsyncEnumerable<BlobEntry> ListAsync(string container, string prefix, CancellationToken cancellationToken = default);

    /// <summary>Checks that the store can be reached and written; used by /health.</summary>
    Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// A time-limited URL from which a client can download the blob directly (a presigned GET for S3), so the bytes
    /// need not pass through the API. Stores that cannot hand out such URLs (the local folder) return null, which is
    /// also the default, and the caller then streams the blob itself.
    /// </summary>
    /// <param name="container">The blob's container.</param>
    /// <param name="key">The blob's key; the URL is not checked against the blob's existence.</param>
    /// <param name="expiry">How long the URL stays valid; null = the store's configured default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The URL, or null when the store has none to give.</returns>
    Task<Uri?> GetReadUrlAsync(string container, string key, TimeSpan? expiry = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<Uri?>(null);
}

/// <summary>A stored blob as a listing shows it.</summary>
/// <param name="Key">The blob's key.</param>
/// <param name="LastModified">When it was last written (the store's clock).</param>
public sealed record BlobEntry(string Key, DateTimeOffset LastModified);

/// <summary>Container names, as in the production S3 design (temp bucket, results bucket).</summary>
public static class BlobContainers
{
    /// <summary>Uploaded PDFs and intermediate page data; deleted when a job ends.</summary>
    public const string Temp = "temp";

    /// <summary>Final outputs kept for download.</summary>
    public const string Results = "results";
}
