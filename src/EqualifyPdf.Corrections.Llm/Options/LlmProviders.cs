namespace EqualifyPdf.Corrections.Llm.Options;

/// <summary>Values of <see cref="LlmOptions.Provider"/>.</summary>
public static class LlmProviders
{
    /// <summary>No model: the rule-based corrector only.</summary>
    public const string None = "none";

    /// <summary>Claude on Amazon Bedrock.</summary>
    public const string Bedrock = "bedrock";
}
