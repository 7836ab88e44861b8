using System.Diagnostics.Metrics;
using EqualifyPdf.Storage.Local;
using EqualifyPdf.Storage.S3;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace EqualifyPdf.Storage;

/// <summary>Registers the blob store chosen by configuration.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BlobStorageOptions"/> from the <c>BlobStorage</c> section, validates them at start-up, and
    /// registers the matching <see cref="IBlobStore"/> as a singleton: <c>Provider = "local"</c> (the default) gives
    /// <see cref="LocalFolderBlobStore"/>, <c>"s3"</c> gives <see cref="S3BlobStore"/> with its resilience pipelines
    /// and metrics. The S3 client takes credentials from the standard AWS chain only; an
    /// <see cref="Amazon.Runtime.HttpClientFactory"/> in the container, if any, is used for its HTTP (proxies, tests).
    /// A <see cref="TimeProvider"/> in the container, if any, drives the retry delays, breaks and timeouts.
    /// </summary>
    /// <exception cref="OptionsValidationException">On first use, or at host start, when the options are invalid.</exception>
    public static IServiceCollection AddEqualifyStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(BlobStorageOptions.SectionName);
        services.AddOptions<BlobStorageOptions>()
            .Bind(section)
            .Validate(
                _ => !HoldsCredentials(section.GetSection("S3")),
                "BlobStorage:S3 must not hold credentials; the S3 client reads them from the AWS chain (environment, profile, ECS task role).")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BlobStorageOptions>, BlobStorageOptionsValidator>());

        services.AddResilienceEnricher();
        S3ResiliencePipelines.Add(services);
        services.TryAddSingleton<S3CircuitStates>();
        services.TryAddSingleton(sp => new S3StorageMetrics(sp.GetService<IMeterFactory>(), sp.GetRequiredService<S3CircuitStates>()));
        services.TryAddSingleton<IBlobStore>(CreateStore);
        return services;
    }

    private static IBlobStore CreateStore(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<BlobStorageOptions>>();
        if (!options.Value.IsS3)
        {
            return new LocalFolderBlobStore(options);
        }

        var s3 = options.Value.S3;
        var time = sp.GetService<TimeProvider>() ?? TimeProvider.System;
        var calls = new S3Calls(sp.GetRequiredService<ResiliencePipelineProvider<string>>(), sp.GetRequiredService<S3StorageMetrics>(), time);
        var client = S3ClientFactory.Create(s3, sp.GetService<Amazon.Runtime.HttpClientFactory>());
        return new S3BlobStore(s3, client, calls, time);
    }

    private static bool HoldsCredentials(IConfigurationSection s3) =>
        s3.GetChildren().Any(c => c.Key.Contains("secret", StringComparison.OrdinalIgnoreCase)
            || c.Key.Contains("accesskey", StringComparison.OrdinalIgnoreCase)
            || c.Key.Contains("sessiontoken", StringComparison.OrdinalIgnoreCase));
}
