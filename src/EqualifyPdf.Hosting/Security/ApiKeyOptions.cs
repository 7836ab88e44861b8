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
}
