using EqualifyPdf.Storage;
using EqualifyPdf.Storage.Local;
using EqualifyPdf.Storage.S3;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests
{
    [Fact]
    public void AddEqualifyStorage_LocalProvider_RegistersStoreAtConfiguredRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "eqpdf-cfg-" + Guid.NewGuid().ToString("N"));
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["BlobStorage:Provider"] = "local", ["BlobStorage:LocalRoot"] = root })
            .Build();
        using var provider = new ServiceCollection().AddEqualifyStorage(config).BuildServiceProvider();

        var store = Assert.IsType<LocalFolderBlobStore>(provider.GetRequiredService<IBlobStore>());
        Assert.Equal(Path.GetFullPath(root), store.Root);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void AddEqualifyStorage_NoSection_DefaultsToDataBlobs()
    {
        using var provider = new ServiceCollection().AddEqualifyStorage(new ConfigurationBuilder().Build()).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<BlobStorageOptions>>().Value;
        Assert.Equal("local", options.Provider);
        Assert.Equal("./data/blobs", options.LocalRoot);
    }

    [Fact]
    public void AddEqualifyStorage_UnknownProvider_FailsValidation()
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["BlobStorage:Provider"] = "ftp" })
            .Build();
        using var provider = new ServiceCollection().AddEqualifyStorage(config).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BlobStorageOptions>>().Value);
    }

    [Fact]
    public void AddEqualifyStorage_S3Provider_RegistersS3StoreWithDocumentedDefaults()
    {
        using var provider = Build(ValidS3());

        Assert.IsType<S3BlobStore>(provider.GetRequiredService<IBlobStore>());
        var s3 = provider.GetRequiredService<IOptions<BlobStorageOptions>>().Value.S3;
        Assert.Equal("AES256", s3.ServerSideEncryption);
        Assert.Equal(TimeSpan.FromMinutes(15), s3.PresignExpiry);
        Assert.Equal(5, s3.Resilience.FailureThreshold);
        Assert.Equal(TimeSpan.FromSeconds(60), s3.Resilience.BreakDuration);
    }

    [Fact]
    public void AddEqualifyStorage_CalledTwice_StillBuildsTheS3Store()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(ValidS3()).Build();
        using var provider = new ServiceCollection().AddEqualifyStorage(config).AddEqualifyStorage(config).BuildServiceProvider();

        // Each circuit's state provider fits one breaker: the later pipeline registration must replace the earlier.
        Assert.IsType<S3BlobStore>(provider.GetRequiredService<IBlobStore>());
    }

    [Fact]
    public void AddEqualifyStorage_S3WithoutBucketsOrRegion_FailsWithOneLineNamingEachKey()
    {
        using var provider = Build(new() { ["BlobStorage:Provider"] = "s3" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BlobStorageOptions>>().Value);

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("BlobStorage:S3:TempBucket must be set", error.Message, StringComparison.Ordinal);
        Assert.Contains("BlobStorage:S3:ResultsBucket must be set", error.Message, StringComparison.Ordinal);
        Assert.Contains("BlobStorage:S3:Region must be set", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BlobStorage:S3:ServerSideEncryption", "aws:kms", "KmsKeyId must be set")]
    [InlineData("BlobStorage:S3:ServerSideEncryption", "none", "must be AES256 or aws:kms")]
    [InlineData("BlobStorage:S3:KmsKeyId", "alias/x", "KmsKeyId is set but ServerSideEncryption is AES256")]
    [InlineData("BlobStorage:S3:TempBucket", "Bad_Bucket", "not a valid bucket name")]
    [InlineData("BlobStorage:S3:ResultsBucket", "eq-temp", "must differ")]
    [InlineData("BlobStorage:S3:ServiceUrl", "ftp://x", "absolute http(s) URL")]
    [InlineData("BlobStorage:S3:PresignExpiry", "8.00:00:00", "PresignExpiry")]
    [InlineData("BlobStorage:S3:PartSize", "1024", "PartSize must be at least")]
    [InlineData("BlobStorage:S3:Resilience:FailureThreshold", "1", "FailureThreshold must be at least 2")]
    [InlineData("BlobStorage:S3:SecretAccessKey", "oops", "must not hold credentials")]
    public void AddEqualifyStorage_InvalidS3Setting_FailsValidation(string key, string value, string expected)
    {
        var settings = ValidS3();
        settings[key] = value;
        using var provider = Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BlobStorageOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> ValidS3() => new()
    {
        ["BlobStorage:Provider"] = "s3",
        ["BlobStorage:S3:TempBucket"] = "eq-temp",
        ["BlobStorage:S3:ResultsBucket"] = "eq-results",
        ["BlobStorage:S3:Region"] = "eu-west-1",
    };

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddEqualifyStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
}
