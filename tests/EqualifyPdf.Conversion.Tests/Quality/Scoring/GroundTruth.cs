using System.Text.Json;

namespace EqualifyPdf.Conversion.Tests.Quality.Scoring;

/// <summary>
/// What a corpus document contains, derived from its HTML source by <c>tests/corpus/gen.py</c>: the structure a
/// perfect conversion would recover, the full visible text in reading order, and the running header and footer
/// texts (<see cref="Running"/>) that are printed on every page but are not content.
/// </summary>
public sealed record GroundTruth
{
    public string Name { get; init; } = "";
    public string Title { get; init; } = "";
    public string Lang { get; init; } = "en";
    public IReadOnlyList<TruthHeading> Headings { get; init; } = [];
    public IReadOnlyList<TruthListItem> ListItems { get; init; } = [];
    public IReadOnlyList<TruthTable> Tables { get; init; } = [];
    public IReadOnlyList<string> Code { get; init; } = [];
    public IReadOnlyList<TruthFigure> Figures { get; init; } = [];
    public IReadOnlyList<TruthLink> Links { get; init; } = [];
    public IReadOnlyList<string> Quotes { get; init; } = [];
    public IReadOnlyList<string> Running { get; init; } = [];
    public string Text { get; init; } = "";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads a truth file written by the corpus generator.</summary>
    public static GroundTruth Load(string path) =>
        JsonSerializer.Deserialize<GroundTruth>(File.ReadAllText(path), JsonOptions)
        ?? throw new InvalidDataException($"{path} holds no ground truth");
}
