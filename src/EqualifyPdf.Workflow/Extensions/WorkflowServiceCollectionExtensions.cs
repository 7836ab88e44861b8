using EqualifyPdf.Workflow.Admission;
using EqualifyPdf.Workflow.Corrections;
using EqualifyPdf.Contracts.Progress;
using EqualifyPdf.Workflow.Naming;
using EqualifyPdf.Workflow.Progress;
using EqualifyPdf.Workflow.Resilience;
using EqualifyPdf.Workflow.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace EqualifyPdf.Workflow;

/// <summary>Registers what the workflow grains need in a silo.</summary>
public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="WorkflowOptions"/> from the <c>Workflow</c> section and registers the step services
    /// (<see cref="IPiiScanner"/>, <see cref="IDocumentConverter"/>, <see cref="IPageCorrector"/>,
    /// <see cref="IApprovalNotifier"/>) and the workflow clock. Registrations made before this call win, so a host
    /// or a test can substitute any of them. The grain storage providers named in <see cref="StorageNames"/>, a
    /// reminder service and <c>AddEqualifyStorage</c> are the host's part.
    /// </summary>
    public static IServiceCollection AddEqualifyWorkflow(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<WorkflowOptions>()
            .Bind(configuration.GetSection(WorkflowOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => IsHttpUrl(o.PublicBaseUrl), "Workflow:PublicBaseUrl must be an absolute http(s) URL.")
            .Validate(o => string.IsNullOrEmpty(o.WebhookUrl) || IsHttpUrl(o.WebhookUrl), "Workflow:WebhookUrl must be an absolute http(s) URL.")
            .Validate(
                o => o.ApprovalTimeout > TimeSpan.Zero && o.ProcessingTimeout > TimeSpan.Zero && o.Retention > TimeSpan.Zero
                    && o.DeniedRetention > TimeSpan.Zero && o.StorageOutageLimit > TimeSpan.Zero
                    && o.KeepAlivePeriod > TimeSpan.Zero && o.RetentionCheckPeriod > TimeSpan.Zero && o.PageRetryBaseDelay >= TimeSpan.Zero,
                "Workflow timings must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton<TimeProvider>(WorkflowTime.Key, (sp, _) => sp.GetRequiredService<TimeProvider>());
        services.AddHttpClient(OutboxApprovalNotifier.WebhookClientName);

        services.AddResiliencePipeline(
            StorageResilience.PipelineName,
            (b, context) => b.AddStorageRetry(context.ServiceProvider.GetRequiredService<IOptions<WorkflowOptions>>().Value));
        services.TryAddSingleton(sp => new DocumentWorkQueue(sp.GetRequiredService<IOptions<WorkflowOptions>>().Value.MaxConcurrentDocumentSteps));
        services.TryAddSingleton<IPiiScanner, PdfPiiScanner>();
        services.TryAddSingleton<IDocumentConverter, PdfDocumentConverter>();
        services.TryAddSingleton<IPageCorrector, RuleBasedPageCorrector>();
        services.TryAddSingleton<IApprovalNotifier, OutboxApprovalNotifier>();
        services.TryAddSingleton<IJobProgressStore, InMemoryJobProgressStore>();
        services.TryAddSingleton<StageTimingCache>();
        return services;
    }

    // On Unix "/x" parses as an absolute file: URI, so the scheme is checked too.
    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
