using System.Text.Json;
using System.Text.Json.Serialization;

namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>Reads and writes the corpus as <c>name.txt</c> plus <c>name.labels.json</c> in tests/pii-corpus.</summary>
public static class CorpusFiles
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Directory { get; } = FindCorpusDirectory();

    public static IReadOnlyList<LabelledDocument> Load()
    {
        var documents = new List<LabelledDocument>();
        foreach (var labelsPath in System.IO.Directory.GetFiles(Directory, "*.labels.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(labelsPath)[..^".labels.json".Length];
            var file = JsonSerializer.Deserialize<LabelFile>(File.ReadAllText(labelsPath), Json)!;
            var text = File.ReadAllText(Path.Combine(Directory, name + ".txt"));
            documents.Add(new LabelledDocument(name, file.Kind, text, [.. file.Labels.Select(l => new SpanLabel(l.EntityType, l.Start, l.End))]));
        }

        return documents;
    }

    public static void Write(IEnumerable<LabelledDocument> documents)
    {
        foreach (var doc in documents)
        {
            File.WriteAllText(Path.Combine(Directory, doc.Name + ".txt"), doc.Text);
            File.WriteAllText(Path.Combine(Directory, doc.Name + ".labels.json"), Serialize(doc) + "\n");
        }
    }

    public static string Serialize(LabelledDocument doc) => JsonSerializer.Serialize(
        new LabelFile(doc.Kind, [.. doc.Labels.Select(l => new LabelEntry(l.EntityType, l.Start, l.End, doc.Text[l.Start..l.End]))]), Json);

    private static string FindCorpusDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EqualifyPdf.sln")))
            {
                var path = Path.Combine(dir.FullName, "tests", "pii-corpus");
                System.IO.Directory.CreateDirectory(path);
                return path;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (EqualifyPdf.sln) above " + AppContext.BaseDirectory);
    }

    private sealed record LabelFile(string Kind, IReadOnlyList<LabelEntry> Labels);

    private sealed record LabelEntry(string EntityType, int Start, int End, [property: JsonPropertyName("text")] string Text);
}
