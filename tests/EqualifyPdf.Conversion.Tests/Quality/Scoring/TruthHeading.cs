namespace EqualifyPdf.Conversion.Tests.Quality.Scoring;

/// <summary>An expected heading.</summary>
public sealed record TruthHeading(int Level, string Text);
