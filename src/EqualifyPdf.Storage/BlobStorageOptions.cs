namespace EqualifyPdf.Storage;

/// <summary>Where blobs live; bound from the <c>BlobStorage</c> configuration section.</summary>
public sealed class BlobStorageOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "BlobStorage";

    /// <summary>The provider name that selects <see cref="Local.LocalFolderBlobStore"/>.</summary>
    public const string LocalProvider = "local";

    /// <summary>Which store to use. Only <c>local</c> exists today; S3 comes in a later issue.</summary>
    public string Provider { get; set; } = LocalProvider;

    /// <summary>Root folder of the local store, one sub-folder per container. Default <c>./data/blobs</c>.</summary>
    public string LocalRoot { get; set; } = "./data/blobs";
}
