using Microsoft.Extensions.Options;

namespace EqualifyPdf.Corrections.Llm.Options;

/// <summary>Checks <see cref="LlmOptions"/> at start-up and names every bad key in one line.</summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var errors = Problems(options).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(string.Join("; ", errors));
    }

    /// <summary>Every problem of <paramref name="o"/>, one short phrase each.</summary>
    internal static IEnumerable<string> Problems(LlmOptions o)
    {
        if (!string.Equals(o.Provider, LlmProviders.None, StringComparison.OrdinalIgnoreCase) && !o.Enabled)
        {
            yield return $"Llm:Provider must be '{LlmProviders.None}' or '{LlmProviders.Bedrock}'";
            yield break;
        }

        if (!o.Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(o.Region))
        {
            yield return "Llm:Region is required with Llm:Provider=bedrock";
        }

        if (string.IsNullOrWhiteSpace(o.FastModel))
        {
            yield return "Llm:FastModel is required with Llm:Provider=bedrock";
        }

        if (string.IsNullOrWhiteSpace(o.QualityModel))
        {
            yield return "Llm:QualityModel is required with Llm:Provider=bedrock";
        }

        if (!string.IsNullOrEmpty(o.Endpoint)
            && !(Uri.TryCreate(o.Endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            yield return "Llm:Endpoint must be an absolute http(s) URL";
        }

        if (o.MaxConcurrentCalls < 1)
        {
            yield return "Llm:MaxConcurrentCalls must be at least 1";
        }

        if (o.CallTimeout <= TimeSpan.Zero || o.RetryBaseDelay < TimeSpan.Zero || o.MaxRetryDelay < o.RetryBaseDelay
            || o.CircuitSamplingDuration < TimeSpan.FromMilliseconds(500) || o.CircuitBreakDuration < TimeSpan.FromMilliseconds(500)
            || o.HealthProbeInterval <= TimeSpan.Zero)
        {
            yield return "Llm timings must be positive (CircuitSamplingDuration and CircuitBreakDuration at least 0.5 s, MaxRetryDelay at least RetryBaseDelay)";
        }

        if (o.MaxRetryAttempts < 0 || o.CircuitFailureThreshold < 2 || o.MaxOutputTokens < 64)
        {
            yield return "Llm:MaxRetryAttempts must be at least 0, Llm:CircuitFailureThreshold at least 2, Llm:MaxOutputTokens at least 64";
        }

        if (o.PageImageDpi is < 72 or > 200)
        {
            yield return "Llm:PageImageDpi must be between 72 and 200";
        }

        if (o.MaxCostPerJobUsd < 0 || o.FastInputPricePer1K < 0 || o.FastOutputPricePer1K < 0 || o.QualityInputPricePer1K < 0 || o.QualityOutputPricePer1K < 0)
        {
            yield return "Llm prices and Llm:MaxCostPerJobUsd must not be negative";
        }
    }
}
