namespace EqualifyPdf.Pii.Bench;

/// <summary>The committed labelled corpus (tests/pii-corpus) as benchmark input: realistic course-document text.</summary>
internal static class CorpusPages
{
    public static IReadOnlyList<(string Name, string Text, int Length)> Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "tests", "pii-corpus");
            if (Directory.Exists(corpus))
            {
                return [.. Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal)
                    .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f), 0))
                    .Select(t => (t.Item1, t.Item2, t.Item2.Length))];
            }
        }

        throw new DirectoryNotFoundException("tests/pii-corpus not found above " + AppContext.BaseDirectory);
    }
}
