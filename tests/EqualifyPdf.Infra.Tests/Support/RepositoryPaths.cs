namespace EqualifyPdf.Infra.Tests.Support;

/// <summary>Paths of the files under test, found from the test assembly by walking up to <c>EqualifyPdf.sln</c>.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string ComposeFile => Path.Combine(Root, "docker-compose.yml");

    public static string ComposeObserveOverride => Path.Combine(Root, "infra", "compose", "docker-compose.observe.yml");

    public static string ComposeEnvExamples => Path.Combine(Root, "infra", "compose", "env.example");

    public static string CdkApp => Path.Combine(Root, "infra", "cdk");

    /// <summary>A path under the repository root, given by its parts.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EqualifyPdf.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No EqualifyPdf.sln above {AppContext.BaseDirectory}");
    }
}
