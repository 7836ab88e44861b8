namespace EqualifyPdf.ClientApi.Security;

/// <summary>Endpoint metadata: extra response headers a route needs (see <see cref="SecurityHeadersMiddleware"/>).</summary>
/// <param name="NoStore">The URL or the answer carries a secret (review tokens): <c>Cache-Control: no-store</c> and
/// <c>Referrer-Policy: no-referrer</c>, so neither caches nor the next page's <c>Referer</c> keep it.</param>
/// <param name="SandboxedContent">The answer is a document made from an uploaded file: a CSP that forbids scripts,
/// plugins and framing, and opens it in a sandbox.</param>
/// <param name="Page">The answer is one of our pages: <see cref="PagePolicy"/>.</param>
public sealed record ResponseHardening(bool NoStore, bool SandboxedContent, bool Page = false)
{
    /// <summary>The CSP of our pages: scripts, styles and API calls from this site only (no inline script or style), the
    /// result preview framed from this site (it carries <see cref="SandboxedContentPolicy"/> itself), forms posting only
    /// here, and never framed by anyone.</summary>
    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";


    /// <summary>The CSP of converted documents: their own inline styles and data: images, nothing else; framed only by
    /// this site's own job page (the preview).</summary>
    public const string SandboxedContentPolicy =
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'self'; form-action 'none'; base-uri 'none'; sandbox";
}
