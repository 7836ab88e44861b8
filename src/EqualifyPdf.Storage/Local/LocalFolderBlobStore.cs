using Microsoft.Extensions.Options;

namespace EqualifyPdf.Storage.Local;

/// <summary>
/// An <see cref="IBlobStore"/> on the local file system: one sub-folder per container under a root folder, one
/// file per blob. Writes go to a temp file in the target folder and are renamed into place, so a reader sees the
/// whole blob or nothing and a crash mid-write leaves no half-written blob.
/// </summary>
public sealed class LocalFolderBlobStore : IBlobStore
{
    /// <summary>File-name prefix of in-flight writes; keys may not use it.</summary>
    internal const string TempPrefix = ".tmp-";

    private const int BufferSize = 81920;
    private readonly string _root;

    /// <summary>Creates a store rooted at <paramref name="root"/> (created if missing).</summary>
    public LocalFolderBlobStore(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    /// <summary>Creates a store from bound <see cref="BlobStorageOptions"/>.</summary>
    public LocalFolderBlobStore(IOptions<BlobStorageOptions> options)
        : this(options.Value.LocalRoot)
    {
    }

    /// <summary>The absolute root folder.</summary>
    public string Root => _root;

    /// <inheritdoc />
    public async Task<long> WriteAsync(string container, string key, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathFor(container, key);
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, TempPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            long written;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                await content.CopyToAsync(file, BufferSize, cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
                written = file.Length;
            }

            File.Move(temp, path, overwrite: true);
            return written;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <inheritdoc />
    public Task<Stream?> OpenReadAsync(string container, string key, CancellationToken cancellationToken = default)
    {
        var path = PathFor(container, key);
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, useAsync: true);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    /// <inheritdoc />
    public Task<bool> ExistsAsync(string container, string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(PathFor(container, key)));

    /// <inheritdoc />
    public Task DeleteAsync(string container, string key, CancellationToken cancellationToken = default)
    {
        var path = PathFor(container, key);
        TryDelete(path);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeletePrefixAsync(string container, string prefix, CancellationToken cancellationToken = default)
    {
        BlobKeys.ValidateContainer(container);
        var containerRoot = Path.Combine(_root, container);
        if (!Directory.Exists(containerRoot))
        {
            return Task.CompletedTask;
        }

        // Prefixes are matched on keys, not folders: "job1/" must not touch "job10/...".
        BlobKeys.ValidateKey(prefix, allowTrailingSlash: true);
        var lastSlash = prefix.LastIndexOf('/');
        var folder = lastSlash < 0 ? containerRoot : Path.Combine(containerRoot, prefix[..lastSlash]);
        if (!Directory.Exists(folder))
        {
            return Task.CompletedTask;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Path.GetRelativePath(containerRoot, file).Replace(Path.DirectorySeparatorChar, '/');
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                TryDelete(file);
            }
        }

        RemoveEmptyFolders(folder, containerRoot);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<BlobEntry> ListAsync(string container, string prefix, CancellationToken cancellationToken = default)
    {
        BlobKeys.ValidateContainer(container);
        return List(container, prefix, cancellationToken).ToAsyncEnumerable();
    }

    private IEnumerable<BlobEntry> List(string container, string prefix, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(_root, container);
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
            if (!key.StartsWith(prefix, StringComparison.Ordinal) || Path.GetFileName(path).StartsWith(TempPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            DateTimeOffset written;
            try
            {
                written = File.GetLastWriteTimeUtc(path);
            }
            catch (IOException)
            {
                continue; // deleted while listing
            }

            yield return new BlobEntry(key, written);
        }
    }

    /// <inheritdoc />
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            Directory.CreateDirectory(_root);
            var probe = Path.Combine(_root, TempPrefix + "health-" + Guid.NewGuid().ToString("N"));
            await File.WriteAllBytesAsync(probe, [1], cancellationToken).ConfigureAwait(false);
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private string PathFor(string container, string key)
    {
        BlobKeys.ValidateContainer(container);
        var segments = BlobKeys.ValidateKey(key);
        var path = Path.GetFullPath(Path.Combine([_root, container, .. segments]));
        var containerRoot = Path.Combine(_root, container) + Path.DirectorySeparatorChar;

        // Belt and braces: validation already forbids escaping, this catches anything the OS resolves differently.
        if (!path.StartsWith(containerRoot, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Blob key '{key}' resolves outside its container.", nameof(key));
        }

        return path;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // Missing folder means missing blob: deleting it is not an error.
        }
    }

    private static void RemoveEmptyFolders(string folder, string stopAt)
    {
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            RemoveEmptyFolders(sub, stopAt);
        }

        if (!string.Equals(folder, stopAt, StringComparison.Ordinal) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            try
            {
                Directory.Delete(folder);
            }
            catch (IOException)
            {
                // A concurrent writer just created a file here: leaving the folder is correct.
            }
        }
    }
}
