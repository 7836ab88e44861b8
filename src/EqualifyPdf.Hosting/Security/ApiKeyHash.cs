using System.Security.Cryptography;
using System.Text;

namespace EqualifyPdf.Hosting.Security;

/// <summary>SHA-256 of a presented key, compared in constant time with the configured hashes.</summary>
public static class ApiKeyHash
{
    /// <summary>The 32-byte SHA-256 of <paramref name="key"/> as UTF-8 (what <c>printf %s KEY | sha256sum</c> prints, in hex).</summary>
    public static byte[] Compute(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>The configured key whose hash equals <paramref name="presentedHash"/>, or null. Every entry is compared
    /// in full and in constant time, so the answer's timing tells nothing about how close a guess was.</summary>
    public static ApiKeyEntry? Match(ReadOnlySpan<byte> presentedHash, IEnumerable<(ApiKeyEntry Entry, byte[] Hash)> keys)
    {
        ApiKeyEntry? found = null;
        foreach (var (entry, hash) in keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presentedHash, hash))
            {
                found ??= entry;
            }
        }

        return found;
    }

    /// <summary>True when <paramref name="hex"/> is 64 hex digits.</summary>
    public static bool IsValidHex(string? hex) => hex is { Length: 64 } && hex.All(char.IsAsciiHexDigit);
}
