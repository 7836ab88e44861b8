using EqualifyPdf.Storage.S3;

namespace EqualifyPdf.Storage;

/// <summary>Where blobs live; bound from the <c>BlobStorage</c> configuration section.</summary>
public sealed class BlobStorageOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "BlobStorage";

    /// <summary>The provider name that selects <see cref="Local.LocalFolderBlobStore"/>.</summary>
    public const string LocalProvider = "local";

    /// <summary>The provider name that selects <see cref="S3BlobStore"/>.</summary>
    public const string S3Provider = "s3";

    /// <summary>Which store to use: <c>local</c> (the default) or <c>s3</c>.</summary>
    public string Provider { get; set; } = LocalProvider;

    /// <summary>Root folder of the local store, one sub-folder per container. Default <c>./data/blobs</c>.</summary>
    public string LocalRoot { get; set; } = "./data/blobs";

    /// <summary>The S3 store's settings (section <c>BlobStorage:S3</c>); read only when <see cref="Provider"/> is <c>s3</c>.</summary>
    public S3BlobStoreOptions S3 { get; set; } = new();

    /// <summary>True when <see cref="Provider"/> selects the S3 store (case-insensitive).</summary>
    public bool IsS3 => string.Equals(Provider, S3Provider, StringComparison.OrdinalIgnoreCase);
}
