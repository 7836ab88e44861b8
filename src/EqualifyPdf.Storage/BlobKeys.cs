using EqualifyPdf.Storage.Local;

namespace EqualifyPdf.Storage;

/// <summary>
/// Validates container names and blob keys so a key can never address a file outside its container
/// (no rooted paths, no <c>..</c> segments, no control characters).
/// </summary>
internal static class BlobKeys
{
    private const int MaxKeyLength = 1024;

    public static void ValidateContainer(string container)
    {
        ArgumentException.ThrowIfNullOrEmpty(container);
        foreach (var c in container)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                throw new ArgumentException(
                    $"Container name '{container}' may only hold lowercase letters, digits and '-'.", nameof(container));
            }
        }
    }

    /// <summary>Returns the key's segments; throws <see cref="ArgumentException"/> for a key that could escape.</summary>
    public static string[] ValidateKey(string key, bool allowTrailingSlash = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"Blob key is longer than {MaxKeyLength} characters.", nameof(key));
        }

        if (key[0] == '/' || key.Contains('\\') || key.Contains(':'))
        {
            throw new ArgumentException("Blob key must be relative and use '/' as separator.", nameof(key));
        }

        var trimmed = allowTrailingSlash && key.EndsWith('/') ? key[..^1] : key;
        var segments = trimmed.Split('/');
        foreach (var segment in segments)
        {
            if (segment.Length == 0 || segment == "." || segment == "..")
            {
                throw new ArgumentException($"Blob key '{key}' holds an empty, '.' or '..' segment.", nameof(key));
            }

            if (segment.Any(char.IsControl) || segment.StartsWith(LocalFolderBlobStore.TempPrefix, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Blob key '{key}' holds a reserved or control character.", nameof(key));
            }
        }

        return segments;
    }
}
