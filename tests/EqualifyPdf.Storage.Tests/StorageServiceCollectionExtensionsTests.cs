using EqualifyPdf.Storage;
using EqualifyPdf.Storage.Local;
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
}
