namespace EqualifyPdf.Conversion.Tests.Quality.Scoring;

/// <summary>An expected hyperlink: anchor text and target.</summary>
public sealed record TruthLink(string Text, string Href);
