namespace EqualifyPdf.Storage;

/// <summary>
/// The kinds of blob store call that fail independently: each has its own circuit breaker, so a store that cannot be
/// written can still be read.
/// </summary>
public enum BlobOperation
{
    /// <summary>Writes (single puts and every request of a multipart upload).</summary>
    Upload,

    /// <summary>Reads and existence checks.</summary>
    Download,

    /// <summary>Deletes, including the listing that a prefix delete needs.</summary>
    Delete,
}
