namespace EqualifyPdf.ClientApi.Uploads;

/// <summary>Limits on uploads; bound from the <c>Uploads</c> configuration section.</summary>
public sealed class UploadOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Uploads";

    /// <summary>Largest accepted PDF in bytes; larger uploads get 413. Default 100 MB.</summary>
    public long MaxBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Document steps waiting for a worker in the answering silo above which a submit gets 503 with
    /// <c>Retry-After</c> before its upload is read. Default 64.</summary>
    public int MaxBacklog { get; set; } = 64;
}
