namespace EqualifyPdf.Conversion.Tests.Quality.Scoring;

/// <summary>An expected table: caption and rows of cell texts, header rows included.</summary>
public sealed record TruthTable(string Caption, IReadOnlyList<IReadOnlyList<string>> Rows);
