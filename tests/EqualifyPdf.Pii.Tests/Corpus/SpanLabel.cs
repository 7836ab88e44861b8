namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>A gold label: entity type and [Start, End) offsets into the document text.</summary>
public sealed record SpanLabel(string EntityType, int Start, int End);
