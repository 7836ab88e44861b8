namespace EqualifyPdf.Workers.Input;

/// <summary>
/// The path a worker reads a PDF from. A file stream (what the local blob store returns) is passed by its own path, so
/// the silo never holds the document; any other stream is spooled to a private scratch file deleted after the step.
/// </summary>
internal sealed class PdfInput : IDisposable
{
    private const int BufferSize = 81920;
    private readonly bool owned;

    private PdfInput(string path, bool owned)
    {
        Path = path;
        this.owned = owned;
    }

    /// <summary>Absolute path of the PDF.</summary>
    public string Path { get; }

    /// <summary>Whether the input was copied to a scratch file.</summary>
    public bool Spooled => owned;

    public static async Task<PdfInput> OpenAsync(Stream pdf, string scratchFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if (pdf is FileStream { Name: var name } && System.IO.Path.IsPathFullyQualified(name) && File.Exists(name))
        {
            return new PdfInput(name, owned: false);
        }

        Directory.CreateDirectory(scratchFolder);
        var path = System.IO.Path.Combine(System.IO.Path.GetFullPath(scratchFolder), $"{Guid.NewGuid():N}.pdf");
        var create = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = BufferSize,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            // The document may hold personal data: only the service's own user may read the copy.
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            await using var file = new FileStream(path, create);
            await pdf.CopyToAsync(file, BufferSize, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            TryDelete(path);
            throw;
        }

        return new PdfInput(path, owned: true);
    }

    public void Dispose()
    {
        if (owned)
        {
            TryDelete(Path);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The sweeper removes what is left behind.
        }
    }
}
