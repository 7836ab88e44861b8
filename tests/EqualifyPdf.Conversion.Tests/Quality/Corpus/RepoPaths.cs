namespace EqualifyPdf.Conversion.Tests.Quality.Corpus;

/// <summary>Finds the repository folders the quality tests read: the committed corpus and the node test tools.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root: <c>EQUALIFYPDF_REPO_ROOT</c> if set, else the folder above the test binaries holding <c>EqualifyPdf.sln</c>.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary><c>tests/corpus</c>.</summary>
    public static string CorpusDir => Path.Combine(RepoRoot, "tests", "corpus");

    /// <summary><c>tests/tools</c>.</summary>
    public static string ToolsDir => Path.Combine(RepoRoot, "tests", "tools");

    private static string FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("EQUALIFYPDF_REPO_ROOT");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        // Tests run from bin/<config>/<tfm>; walk up rather than copy 2 MB of PDFs into every build output.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EqualifyPdf.sln"))
                && File.Exists(Path.Combine(dir.FullName, "tests", "corpus", "manifest.json")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"no repository root with tests/corpus/manifest.json above {AppContext.BaseDirectory}");
    }
}
