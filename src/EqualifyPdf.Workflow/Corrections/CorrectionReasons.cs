namespace EqualifyPdf.Workflow.Corrections;

/// <summary>Reasons recorded in the correction ledger.</summary>
public static class CorrectionReasons
{
    /// <summary>Runs of whitespace collapsed, invisible characters removed.</summary>
    public const string Whitespace = "whitespace_normalized";

    /// <summary>Typographic ligatures (ﬁ, ﬂ, …) expanded to letters screen readers pronounce.</summary>
    public const string Ligature = "ligature_expanded";

    /// <summary>Curly quotes and primes made plain so search and copy behave.</summary>
    public const string Quotes = "quotes_normalized";

    /// <summary>A generated figure description replaced by one derived from the caption.</summary>
    public const string AltTextFromCaption = "alt_text_from_caption";

    /// <summary>A figure with no usable description: flagged for a human.</summary>
    public const string AltTextMissing = "alt_text_missing";

    /// <summary>A heading deeper than the previous heading allows was raised (WCAG 1.3.1).</summary>
    public const string HeadingLevelSkip = "heading_level_skip";

    /// <summary>A block the engine is unsure about: flagged for a human, text unchanged.</summary>
    public const string LowConfidence = "low_confidence";

    /// <summary>The model did not answer (circuit open, throttled, too slow): the page kept the rule-based result.</summary>
    public const string LlmUnavailable = "llm_unavailable";

    /// <summary>The job's AI budget was spent: the page kept the rule-based result.</summary>
    public const string LlmBudgetExhausted = "llm_budget_exhausted";

    /// <summary>The model's answer for the page was refused (unreadable, or every operation invalid).</summary>
    public const string LlmRejected = "llm_rejected";
}
