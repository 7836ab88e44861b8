using System.Text.Json;

namespace EqualifyPdf.Conversion.Tests.Quality.Corpus;

/// <summary>The corpus listing written by <c>tests/corpus/gen.py</c>.</summary>
public static class CorpusManifest
{
    private static readonly Lazy<IReadOnlyList<CorpusDocument>> All = new(Load);

    /// <summary>Every corpus PDF.</summary>
    public static IReadOnlyList<CorpusDocument> Documents => All.Value;

    /// <summary>Looks a document up by its PDF path relative to <c>tests/corpus</c>.</summary>
    public static CorpusDocument Get(string pdf) =>
        Documents.SingleOrDefault(d => d.Pdf == pdf) ?? throw new KeyNotFoundException($"{pdf} is not in the corpus");

    /// <summary>xunit member data: one row per PDF, keyed by its path.</summary>
    public static TheoryData<string> Pdfs(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var doc in Documents.Where(d => d.Kind == kind))
        {
            data.Add(doc.Pdf);
        }

        return data;
    }

    private static List<CorpusDocument> Load()
    {
        var path = Path.Combine(RepoPaths.CorpusDir, "manifest.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return json.RootElement.GetProperty("documents").Deserialize<List<CorpusDocument>>(options)
            ?? throw new InvalidDataException($"{path} lists no documents");
    }
}
