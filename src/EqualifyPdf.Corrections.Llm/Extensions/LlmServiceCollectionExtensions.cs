using System.Diagnostics.Metrics;
using EqualifyPdf.Corrections.Llm.Bedrock;
using EqualifyPdf.Corrections.Llm.Calls;
using EqualifyPdf.Corrections.Llm.Health;
using EqualifyPdf.Corrections.Llm.Options;
using EqualifyPdf.Corrections.Llm.Review;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Corrections.Llm.Extensions;

/// <summary>Registers the AI correction services.</summary>
public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="LlmOptions"/> from the <c>Llm</c> section, validated at start-up (one line naming every bad key),
    /// and, with <c>Llm:Provider=bedrock</c>, registers the Bedrock chat clients, the <see cref="LlmGateway"/>, the
    /// reviewers and <see cref="LlmHealthCheck"/> (the host adds the check to its health checks).
    /// </summary>
    /// <returns>True when the provider is <c>bedrock</c>.</returns>
    public static bool AddEqualifyLlm(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        var options = configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();
        if (!options.Enabled)
        {
            return false;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BedrockChatClients>();
        services.TryAddSingleton(sp => new LlmCallStats(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new LlmMetrics(sp.GetService<IMeterFactory>(), sp.GetRequiredService<LlmCallStats>()));
        services.TryAddSingleton<LlmGateway>();
        services.TryAddSingleton<PageReviewer>();
        services.TryAddSingleton<DocumentReviewer>();
        services.TryAddSingleton<LlmHealthCheck>();
        return true;
    }
}
