namespace EqualifyPdf.Pii.Recognizers;

/// <summary>
/// A raw match before overlap resolution, reclassification and masking. <paramref name="Reason"/> says in a few words
/// what evidence made it (null: the type's default reason, see <see cref="Resolution.FindingReasons"/>).
/// </summary>
internal readonly record struct Candidate(string EntityType, int Start, int End, double Score, string? Reason = null)
{
    public int Length => End - Start;

    public bool Overlaps(int start, int end) => Start < end && start < End;
}
