namespace EqualifyPdf.Cli.Hosting;

/// <summary>
/// Writes a file through a temporary sibling and a rename, so a failed or interrupted write never leaves a partial
/// file under the final name (the rename is atomic within one folder).
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>.</summary>
    public static void WriteAllText(string path, string text) =>
        Write(path, temp => File.WriteAllText(temp, text));

    /// <summary>Copies <paramref name="content"/> to <paramref name="path"/>; returns the bytes written.</summary>
    public static async Task<long> WriteAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        var temp = TempFor(path);
        try
        {
            long length;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
                length = file.Length;
            }

            File.Move(temp, path, overwrite: true);
            return length;
        }
        finally
        {
            File.Delete(temp); // gone after the rename; removes the partial file otherwise
        }
    }

    private static void Write(string path, Action<string> write)
    {
        var temp = TempFor(path);
        try
        {
            write(temp);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static string TempFor(string path) => path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
}
