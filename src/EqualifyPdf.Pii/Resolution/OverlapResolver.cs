using EqualifyPdf.Pii.Recognizers;

namespace EqualifyPdf.Pii.Resolution;

/// <summary>One finding per span: where candidates overlap, the highest score wins, then the longer match.</summary>
internal static class OverlapResolver
{
    public static List<Candidate> Resolve(List<Candidate> candidates)
    {
        candidates.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : b.Length.CompareTo(a.Length));
        // Kept spans are disjoint, so ordered by start they are also ordered by end: one binary search per candidate.
        var kept = new List<Candidate>(candidates.Count);
        var starts = new List<int>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var index = starts.BinarySearch(candidate.Start);
            var insertAt = index >= 0 ? index : ~index;
            var clashesBefore = insertAt > 0 && kept[insertAt - 1].End > candidate.Start;
            var clashesAt = insertAt < kept.Count && kept[insertAt].Start < candidate.End;
            if (!clashesBefore && !clashesAt)
            {
                kept.Insert(insertAt, candidate);
                starts.Insert(insertAt, candidate.Start);
            }
        }

        return kept;
    }
}
