namespace EqualifyPdf.Hosting.Health;

/// <summary>Tags that put a health check into a probe. A check another component adds (the LLM corrector's, say)
/// joins readiness with <c>services.AddHealthChecks().AddCheck&lt;T&gt;("llm", tags: [HealthTags.Ready])</c>.</summary>
public static class HealthTags
{
    /// <summary>Checked by <c>/health/ready</c> (and its alias <c>/health</c>).</summary>
    public const string Ready = "ready";
}
