namespace EqualifyPdf.Workflow.Corrections;

/// <summary>Maps confidence scores to the levels shown in <c>metadata.json</c>.</summary>
public static class ConfidenceLevels
{
    /// <summary>Score of at least 0.85.</summary>
    public const string High = "HIGH";

    /// <summary>Score of at least 0.6.</summary>
    public const string Medium = "MEDIUM";

    /// <summary>Anything lower.</summary>
    public const string Low = "LOW";

    /// <summary>Score below which a block is flagged for review.</summary>
    public const double ReviewThreshold = 0.6;

    /// <summary>The level of a 0–1 score.</summary>
    public static string For(double score) => score >= 0.85 ? High : score >= ReviewThreshold ? Medium : Low;

    /// <summary>Orders levels from worst (0) to best (2).</summary>
    public static int Rank(string level) => level switch { High => 2, Medium => 1, _ => 0 };
}
