namespace EqualifyPdf.Storage;

/// <summary>
/// The blob store cannot serve this kind of call for now: its circuit is open after repeated failures, or a transient
/// failure (5xx, throttling, timeout, network error) outlasted the retries. Nothing was changed by the failed call, so
/// the caller should wait and try again later rather than treat the work as failed.
/// </summary>
public sealed class BlobStoreUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The kind of call that failed.</param>
    /// <param name="retryAfter">When trying again may succeed (the circuit's remaining break), or null when unknown.</param>
    /// <param name="circuitOpen">True when the call was refused by an open circuit without reaching the store.</param>
    /// <param name="innerException">The failure behind it.</param>
    public BlobStoreUnavailableException(BlobOperation operation, TimeSpan? retryAfter, bool circuitOpen, Exception? innerException)
        : base(FormatMessage(operation, retryAfter, circuitOpen), innerException)
    {
        Operation = operation;
        RetryAfter = retryAfter;
        IsCircuitOpen = circuitOpen;
    }

    /// <summary>The kind of call that failed.</summary>
    public BlobOperation Operation { get; }

    /// <summary>How long to wait before trying again, when the store knows (an open circuit's remaining break).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True when an open circuit refused the call; false when the store was tried and failed transiently.</summary>
    public bool IsCircuitOpen { get; }

    private static string FormatMessage(BlobOperation operation, TimeSpan? retryAfter, bool circuitOpen)
    {
        var what = circuitOpen ? "its circuit is open" : "a transient failure outlasted the retries";
        var when = retryAfter is { } after ? $"; retry after {after.TotalSeconds:0.#} s" : string.Empty;
        return $"The blob store is unavailable for {operation.ToString().ToLowerInvariant()}s: {what}{when}.";
    }
}
