using EqualifyPdf.Corrections.Llm.Options;

namespace EqualifyPdf.Corrections.Llm.Review;

/// <summary>The cost of a call from the per-1K-token prices of <see cref="LlmOptions"/>.</summary>
public static class LlmPricing
{
    /// <summary>US dollars for <paramref name="inputTokens"/> and <paramref name="outputTokens"/> on <paramref name="model"/>.</summary>
    public static double Cost(LlmOptions options, string model, long inputTokens, long outputTokens)
    {
        ArgumentNullException.ThrowIfNull(options);
        var quality = string.Equals(model, options.QualityModel, StringComparison.Ordinal)
            && !string.Equals(model, options.FastModel, StringComparison.Ordinal);
        var (input, output) = quality
            ? (options.QualityInputPricePer1K, options.QualityOutputPricePer1K)
            : (options.FastInputPricePer1K, options.FastOutputPricePer1K);
        return Math.Round((inputTokens * input + outputTokens * output) / 1000.0, 6);
    }
}
