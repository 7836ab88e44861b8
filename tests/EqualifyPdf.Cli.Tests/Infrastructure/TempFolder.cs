namespace EqualifyPdf.Cli.Tests.Infrastructure;

/// <summary>A temporary folder removed when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("equalify-cli-tests-").FullName;

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="name"/> here and returns its full path.</summary>
    public string Write(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    /// <summary>Every file name here, sorted, so a leftover temp file shows in a comparison.</summary>
    public string[] Files(string? sub = null)
    {
        var folder = sub is null ? Path : System.IO.Path.Combine(Path, sub);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder).Select(f => System.IO.Path.GetFileName(f)!).Order(StringComparer.Ordinal)]
            : [];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A worker process still closing a file.
        }
    }
}
