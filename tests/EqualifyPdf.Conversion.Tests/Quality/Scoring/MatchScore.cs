namespace EqualifyPdf.Conversion.Tests.Quality.Scoring;

/// <summary>Precision, recall and F1 of a multiset match between expected and actual items.</summary>
/// <param name="Expected">Number of expected items.</param>
/// <param name="Actual">Number of items produced.</param>
/// <param name="Matched">Items present in both (each counted at most as often as it occurs on either side).</param>
public sealed record MatchScore(int Expected, int Actual, int Matched)
{
    /// <summary>Share of produced items that were expected; 1 when nothing was produced.</summary>
    public double Precision => Actual == 0 ? (Expected == 0 ? 1.0 : 0.0) : (double)Matched / Actual;

    /// <summary>Share of expected items that were produced; 1 when nothing was expected.</summary>
    public double Recall => Expected == 0 ? 1.0 : (double)Matched / Expected;

    /// <summary>Harmonic mean of precision and recall; 1 when both sides are empty.</summary>
    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Counts how many items of <paramref name="expected"/> and <paramref name="actual"/> agree, as multisets.</summary>
    public static MatchScore Of(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        var expectedCount = 0;
        foreach (var item in expected)
        {
            remaining[item] = remaining.GetValueOrDefault(item) + 1;
            expectedCount++;
        }

        var actualCount = 0;
        var matched = 0;
        foreach (var item in actual)
        {
            actualCount++;
            if (remaining.TryGetValue(item, out var left) && left > 0)
            {
                remaining[item] = left - 1;
                matched++;
            }
        }

        return new MatchScore(expectedCount, actualCount, matched);
    }
}
