namespace EqualifyPdf.Contracts.Jobs;

/// <summary>
/// Our storage (grain state, reminders or blobs) did not answer after bounded retries. Never the document's fault:
/// the front end answers 503 with <c>Retry-After</c>, and nothing the caller sent is lost.
/// </summary>
[GenerateSerializer]
[Alias("EqualifyPdf.StorageUnavailableException")]
public sealed class StorageUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message that names the operation, never document content.</summary>
    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception around the storage error that caused it.</summary>
    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
