using System.Security.Cryptography;
using System.Text;

namespace EqualifyPdf.ClientApi.Apis;

/// <summary>Maps a client's <c>Idempotency-Key</c> to the job id it stands for, per submitter.</summary>
internal static class IdempotencyKeys
{
    public const int MaxLength = 200;

    public static bool IsValid(string key) => key.Length is > 0 and <= MaxLength && key.All(c => c is >= '!' and <= '~');

    /// <summary>32 hex characters, like a generated job id; two submitters' equal keys never meet.</summary>
    public static string JobIdFor(string submitter, string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"idempotency\n{submitter}\n{key}")))[..32];
}
