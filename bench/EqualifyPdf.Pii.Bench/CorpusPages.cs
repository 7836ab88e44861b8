using System.Text.RegularExpressions;

namespace EqualifyPdf.Pii.Bench;

/// <summary>
/// The committed labelled corpora as benchmark input: tests/pii-corpus (generated) and tests/pii-corpus-independent
/// (hand-written, labels inline as <c>{{CODE:value}}</c> and stripped here).
/// </summary>
internal static partial class CorpusPages
{
    public static IReadOnlyList<(string Name, string Text, int Length)> Load() => Read("pii-corpus", static text => text);

    public static IReadOnlyList<(string Name, string Text, int Length)> LoadIndependent() =>
        Read("pii-corpus-independent", static text => InlineLabel().Replace(text, "$1"));

    private static IReadOnlyList<(string Name, string Text, int Length)> Read(string folder, Func<string, string> clean)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "tests", folder);
            if (Directory.Exists(corpus))
            {
                return [.. Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal)
                    .Select(f => (Path.GetFileNameWithoutExtension(f), clean(File.ReadAllText(f)), 0))
                    .Select(t => (t.Item1, t.Item2, t.Item2.Length))];
            }
        }

        throw new DirectoryNotFoundException($"tests/{folder} not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\{\{[A-Z]+:([^{}]+)\}\}")]
    private static partial Regex InlineLabel();
}
