namespace EqualifyPdf.Hosting.Security;

/// <summary>The <c>Auth</c> configuration section: the API keys a host accepts.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Auth";

    /// <summary>The request header that carries a key.</summary>
    public const string HeaderName = "X-API-Key";

    /// <summary>The accepted keys. None: only the local operator on a loopback-only host (see <see cref="ListenAddresses"/>).</summary>
    public List<ApiKeyEntry> ApiKeys { get; set; } = [];

    /// <summary>True when at least one key is configured, and so every protected route needs one.</summary>
    public bool HasKeys => ApiKeys.Count > 0;

    /// <summary>The configured key whose hash matches <paramref name="presentedKey"/> (compared in constant time,
    /// see <see cref="ApiKeyHash.Match"/>), or null. Used by the header scheme and the browser sign-in alike.</summary>
    public ApiKeyEntry? Find(string presentedKey) =>
        ApiKeyHash.Match(ApiKeyHash.Compute(presentedKey), ApiKeys
            .Where(k => ApiKeyHash.IsValidHex(k.KeySha256))
            .Select(k => (k, Convert.FromHexString(k.KeySha256))));
}
