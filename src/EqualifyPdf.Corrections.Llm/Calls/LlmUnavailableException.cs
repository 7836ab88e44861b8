namespace EqualifyPdf.Corrections.Llm.Calls;

/// <summary>The model could not answer: circuit open, throttled or failing beyond the retries, or too slow. The caller
/// keeps the rule-based result.</summary>
public sealed class LlmUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">One of <see cref="LlmFailureReasons"/>.</param>
    /// <param name="inner">What failed.</param>
    public LlmUnavailableException(string reason, Exception? inner)
        : base($"The model is unavailable ({reason}).", inner) => Reason = reason;

    /// <summary>One of <see cref="LlmFailureReasons"/>.</summary>
    public string Reason { get; }
}

/// <summary>Why a model call failed.</summary>
public static class LlmFailureReasons
{
    /// <summary>The circuit breaker is open after sustained failures.</summary>
    public const string CircuitOpen = "circuit_open";

    /// <summary>The answer took longer than <c>Llm:CallTimeout</c>.</summary>
    public const string Timeout = "timeout";

    /// <summary>Still throttled (429) after the retries.</summary>
    public const string Throttled = "throttled";

    /// <summary>A server or network failure after the retries, or an answer that was refused.</summary>
    public const string Error = "error";
}
