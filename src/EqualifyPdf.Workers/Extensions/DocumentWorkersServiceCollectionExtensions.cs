using EqualifyPdf.Workers.Pool;
using EqualifyPdf.Workflow.Admission;
using EqualifyPdf.Workflow.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EqualifyPdf.Workers;

/// <summary>Registers the document worker pool in a silo.</summary>
public static class DocumentWorkersServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DocumentWorkerOptions"/> from the <c>Workers</c> section and registers the pool (a hosted
    /// service: workers start with the host and are killed when it stops), its <see cref="DocumentWorkQueue"/> (the
    /// silo's admission queue, sized by <c>Workers:Count</c>), and the
    /// worker-backed <see cref="IPiiScanner"/>, <see cref="IDocumentConverter"/> and <see cref="IPageImageRenderer"/>. Call it before
    /// <c>AddEqualifyWorkflow</c>, whose in-process defaults then step aside, and before <c>UseOrleans</c>, so the
    /// workers outlive the grains on shutdown (hosted services stop in reverse order).
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddDocumentWorkers(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<DocumentWorkerOptions>()
            .Bind(configuration.GetSection(DocumentWorkerOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(
                o => o.StepCpuBudget > TimeSpan.Zero && o.WatchInterval > TimeSpan.Zero && !string.IsNullOrWhiteSpace(o.ScratchFolder),
                "Workers:StepCpuBudget and Workers:WatchInterval must be positive and Workers:ScratchFolder set.")
            .ValidateOnStart();

        services.AddSingleton<DocumentWorkerPool>();
        services.AddHostedService(sp => sp.GetRequiredService<DocumentWorkerPool>());
        services.AddSingleton(sp => sp.GetRequiredService<DocumentWorkerPool>().Queue);
        services.AddSingleton<IPiiScanner, WorkerPiiScanner>();
        services.AddSingleton<IDocumentConverter, WorkerDocumentConverter>();
        services.AddSingleton<IPageImageRenderer, WorkerPageImageRenderer>();
        return services;
    }
}
