using EqualifyPdf.ClientApi.Auth;
using EqualifyPdf.Hosting.Security;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.ClientApi.SignIn;

/// <summary>
/// Picks the scheme that authenticates a request: the local operator when no keys are configured; otherwise the
/// <c>X-API-Key</c> header when it is sent, the browser session for the pages, and for the API only the API key —
/// except that a signed-in page may read the API (the job page's live progress, downloads and preview) and, from this
/// site's own pages, post to it (<c>Sec-Fetch-Site: same-origin</c>, which no other site can forge; the SameSite=Strict
/// cookie is a second guard). API routes therefore answer 401/403 problem details, never a redirect.
/// </summary>
internal static class CallerSchemeSelector
{
    private static readonly string[] ApiPrefixes = ["/api", "/health", "/metrics", "/openapi", "/docs"];

    /// <summary>The scheme for this request.</summary>
    public static string Select(HttpContext context)
    {
        if (!context.RequestServices.GetRequiredService<IOptionsMonitor<ApiKeyOptions>>().CurrentValue.HasKeys)
        {
            return LocalOperatorAuthenticationHandler.SchemeName;
        }

        var request = context.Request;
        if (request.Headers.ContainsKey(ApiKeyOptions.HeaderName))
        {
            return ApiKeyAuthenticationHandler.SchemeName;
        }

        if (!IsApi(request.Path))
        {
            return BrowserSession.SchemeName;
        }

        var fromOwnPage = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || request.Headers["Sec-Fetch-Site"] == "same-origin";
        return fromOwnPage && request.Cookies.ContainsKey(BrowserSession.CookieName)
            ? BrowserSession.SchemeName
            : ApiKeyAuthenticationHandler.SchemeName;
    }

    /// <summary>True for the API's routes (and the other machine-facing ones), where a browser is never redirected.</summary>
    public static bool IsApi(PathString path) =>
        ApiPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
