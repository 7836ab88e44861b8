namespace EqualifyPdf.Pii.Recognizers;

/// <summary>A raw match before overlap resolution, reclassification and masking.</summary>
internal readonly record struct Candidate(string EntityType, int Start, int End, double Score)
{
    public int Length => End - Start;

    public bool Overlaps(int start, int end) => Start < end && start < End;
}
