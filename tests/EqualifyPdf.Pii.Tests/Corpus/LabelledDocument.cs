namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>A generated document and the exact spans of personal information in it.</summary>
public sealed record LabelledDocument(string Name, string Kind, string Text, IReadOnlyList<SpanLabel> Labels)
{
    /// <summary>Negative documents hold only traps: any review-triggering finding in them is a false positive.</summary>
    public bool IsNegative => Kind == "negative";
}
