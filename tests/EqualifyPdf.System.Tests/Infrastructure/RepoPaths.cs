namespace EqualifyPdf.System.Tests.Infrastructure;

/// <summary>Where the repository and the built hosts are, for the configuration these tests were built in.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release, read from this test assembly's output path.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar).Contains("Release") ? "Release" : "Debug";

    public static string SiloBin => Path.Combine(Root, "silo", "EqualifyPdf.Silo", "bin", Configuration, "net10.0");

    public static string ApiBin => Path.Combine(Root, "client-api", "EqualifyPdf.ClientApi", "bin", Configuration, "net10.0");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EqualifyPdf.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("EqualifyPdf.sln not found above " + AppContext.BaseDirectory);
    }
}
