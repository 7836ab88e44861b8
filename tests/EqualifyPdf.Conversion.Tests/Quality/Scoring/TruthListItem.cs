namespace EqualifyPdf.Conversion.Tests.Quality.Scoring;

/// <summary>An expected list item: its own text (nested lists excluded), list kind and nesting depth.</summary>
public sealed record TruthListItem(string Text, bool Ordered, int Depth);
