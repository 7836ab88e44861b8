using EqualifyPdf.Corrections.Llm.Extensions;
using EqualifyPdf.Workflow.Admission;
using EqualifyPdf.Workflow.Approvals;
using EqualifyPdf.Workflow.Corrections;
using EqualifyPdf.Contracts.Progress;
using EqualifyPdf.Workflow.Naming;
using EqualifyPdf.Workflow.Progress;
using EqualifyPdf.Workflow.Resilience;
using EqualifyPdf.Workflow.Services;
using EqualifyPdf.Workflow.Telemetry;
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
    /// (<see cref="IPiiScanner"/>, <see cref="IDocumentConverter"/>, <see cref="IPageCorrector"/>, <see cref="IDocumentPass"/>,
    /// <see cref="IPageImageRenderer"/>, <see cref="IApprovalNotifier"/>) and the workflow clock; with <c>Llm:Provider=bedrock</c>
    /// the page corrector and document pass are the AI ones (<c>AddEqualifyLlm</c>). Registrations made before this call win, so a host
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
        services.AddMetrics();
        services.TryAddSingleton<WorkflowMetrics>();
        services.TryAddSingleton<IPiiScanner, PdfPiiScanner>();
        services.TryAddSingleton<IDocumentConverter, PdfDocumentConverter>();
        services.TryAddSingleton<IPageImageRenderer, PdftoppmPageImageRenderer>();
        services.TryAddSingleton<RuleBasedPageCorrector>();
        if (services.AddEqualifyLlm(configuration))
        {
            // Llm:Provider=bedrock: the model reviews each page after the rules, and the outline before the fan-out.
            services.TryAddSingleton<PageContextLoader>();
            services.TryAddSingleton<IPageCorrector, LlmPageCorrector>();
            services.TryAddSingleton<IDocumentPass, LlmDocumentPass>();
        }

        services.TryAddSingleton<IPageCorrector>(sp => sp.GetRequiredService<RuleBasedPageCorrector>());
        services.TryAddSingleton<IDocumentPass, NoDocumentPass>();
        services.AddOptions<SmtpSettings>()
            .Bind(configuration.GetSection(SmtpSettings.SectionName))
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.FromAddress), "Notifications:Smtp:FromAddress is required with a Host.")
            .Validate(o => !o.Enabled || (o.Port is > 0 and < 65536 && o.MaxAttempts >= 1 && o.Timeout > TimeSpan.Zero),
                "Notifications:Smtp: Port, MaxAttempts and Timeout must be positive.")
            .ValidateOnStart();
        if (configuration.GetSection(SmtpSettings.SectionName).Get<SmtpSettings>() is { Enabled: true })
        {
            services.TryAddSingleton<SmtpReviewerMailer>();
            services.TryAddSingleton<ReviewerMailQueue>();
            services.AddHostedService(sp => sp.GetRequiredService<ReviewerMailQueue>());
            services.TryAddSingleton<OutboxApprovalNotifier>();
            services.TryAddSingleton<IApprovalNotifier, EmailingApprovalNotifier>();
        }

        services.TryAddSingleton<IApprovalNotifier, OutboxApprovalNotifier>();
        services.TryAddSingleton<IJobProgressStore, InMemoryJobProgressStore>();
        services.TryAddSingleton<StageTimingCache>();
        return services;
    }

    // On Unix "/x" parses as an absolute file: URI, so the scheme is checked too.
    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
