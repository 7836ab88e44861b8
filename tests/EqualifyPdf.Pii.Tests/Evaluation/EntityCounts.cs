namespace EqualifyPdf.Pii.Tests.Evaluation;

/// <summary>True positives, false positives and false negatives for one entity type (or all of them).</summary>
public sealed class EntityCounts
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>F-beta with beta = 2: recall weighs four times precision, since a missed record leaks student data.</summary>
    public double F2 => Precision + Recall == 0 ? 0 : 5 * Precision * Recall / (4 * Precision + Recall);
}
