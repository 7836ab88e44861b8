using EqualifyPdf.Storage.Local;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Storage;

/// <summary>Registers the blob store chosen by configuration.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BlobStorageOptions"/> from the <c>BlobStorage</c> section and registers the matching
    /// <see cref="IBlobStore"/> as a singleton (<c>Provider = "local"</c>: <see cref="LocalFolderBlobStore"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">When the configured provider is unknown (raised on first use).</exception>
    public static IServiceCollection AddEqualifyStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BlobStorageOptions>()
            .Bind(configuration.GetSection(BlobStorageOptions.SectionName))
            .Validate(
                o => string.Equals(o.Provider, BlobStorageOptions.LocalProvider, StringComparison.OrdinalIgnoreCase),
                "BlobStorage:Provider must be 'local' (S3 is not available yet).")
            .Validate(o => !string.IsNullOrWhiteSpace(o.LocalRoot), "BlobStorage:LocalRoot must be set.")
            .ValidateOnStart();

        services.TryAddSingleton<IBlobStore>(sp => new LocalFolderBlobStore(sp.GetRequiredService<IOptions<BlobStorageOptions>>()));
        return services;
    }
}
