namespace EqualifyPdf.Conversion.Tests.Quality.Scoring;

/// <summary>An expected figure: caption and the source's alt text.</summary>
public sealed record TruthFigure(string Caption, string Alt);
