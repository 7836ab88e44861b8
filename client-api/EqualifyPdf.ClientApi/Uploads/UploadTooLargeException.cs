namespace EqualifyPdf.ClientApi.Uploads;

/// <summary>Raised while streaming when an upload passes the configured size limit.</summary>
public sealed class UploadTooLargeException(long maxBytes)
    : Exception($"The file is larger than the limit of {maxBytes} bytes.")
{
    /// <summary>The limit that was exceeded.</summary>
    public long MaxBytes { get; } = maxBytes;
}
