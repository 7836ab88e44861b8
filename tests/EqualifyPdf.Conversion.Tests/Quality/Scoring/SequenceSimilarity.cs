namespace EqualifyPdf.Conversion.Tests.Quality.Scoring;

/// <summary>
/// Reading-order similarity: 1 − (word-level Levenshtein distance / length of the longer sequence). A moved
/// paragraph costs about twice its length (deleted in one place, inserted in another), which is what makes a
/// column read across instead of down score badly while a few stray words barely matter.
/// </summary>
public static class SequenceSimilarity
{
    /// <summary>Edit similarity of two token sequences in [0, 1]; 1 when both are empty.</summary>
    /// <remarks>O(n·m) time and O(m) memory: fine for the few thousand words of a corpus document.</remarks>
    public static double EditSimilarity(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var longer = Math.Max(expected.Count, actual.Count);
        return longer == 0 ? 1.0 : 1.0 - (double)Distance(expected, actual) / longer;
    }

    /// <summary>The minimum number of word insertions, deletions and substitutions turning one sequence into the other.</summary>
    public static int Distance(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var j = 0; j <= b.Count; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Count; i++)
        {
            current[0] = i;
            var ai = a[i - 1];
            for (var j = 1; j <= b.Count; j++)
            {
                var substitute = previous[j - 1] + (string.Equals(ai, b[j - 1], StringComparison.Ordinal) ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Count];
    }
}
