namespace EqualifyPdf.ClientApi.Security;

/// <summary>Endpoint metadata: extra response headers a route needs (see <see cref="SecurityHeadersMiddleware"/>).</summary>
/// <param name="NoStore">The URL or the answer carries a secret (review tokens): <c>Cache-Control: no-store</c> and
/// <c>Referrer-Policy: no-referrer</c>, so neither caches nor the next page's <c>Referer</c> keep it.</param>
/// <param name="SandboxedContent">The answer is a document made from an uploaded file: a CSP that forbids scripts,
/// plugins and framing, and opens it in a sandbox.</param>
public sealed record ResponseHardening(bool NoStore, bool SandboxedContent)
{
    /// <summary>The CSP of converted documents: their own inline styles and data: images, nothing else.</summary>
    public const string SandboxedContentPolicy =
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'; sandbox";
}
