using System.Security.Claims;
using EqualifyPdf.Hosting.Security;

namespace EqualifyPdf.ClientApi.SignIn;

/// <summary>
/// A browser's sign-in: the user pastes an API key once on <c>/sign-in</c> and gets an ASP.NET Core cookie session
/// carrying the key's name and role, so the pages apply the same roles and ownership as the API.
/// </summary>
public static class BrowserSession
{
    /// <summary>The cookie authentication scheme (also the session identity's authentication type).</summary>
    public const string SchemeName = "BrowserSession";

    /// <summary>The session cookie: HttpOnly, SameSite=Strict, Secure when the request is HTTPS.</summary>
    public const string CookieName = "equalify_session";

    /// <summary>The sign-in page, where pages send an anonymous browser.</summary>
    public const string SignInPath = "/sign-in";

    /// <summary>Where the sign-out form posts.</summary>
    public const string SignOutPath = "/sign-out";

    /// <summary>The 403 page shown when the signed-in role may not open a page.</summary>
    public const string AccessDeniedPath = "/access-denied";

    /// <summary>The query parameter naming the page to return to after sign-in.</summary>
    public const string ReturnUrlParameter = "returnUrl";

    /// <summary>How long a session lasts without use.</summary>
    public static TimeSpan IdleTimeout { get; } = TimeSpan.FromHours(8);

    /// <summary>The claim holding the hex SHA-256 of the key the session was opened with, so a session ends as soon as
    /// its key is removed or its role changes (never the key itself).</summary>
    internal const string KeyHashClaim = "equalify:key_sha256";

    /// <summary>The session principal for a configured key: its name and role, as the API-key scheme makes them.</summary>
    public static ClaimsPrincipal CreatePrincipal(ApiKeyEntry key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, key.Name),
                new Claim(ClaimTypes.Role, key.Role),
                new Claim(KeyHashClaim, key.KeySha256.ToLowerInvariant()),
            ],
            SchemeName));
    }

    /// <summary>True when the session's key is still configured with the same name and role.</summary>
    internal static bool IsStillValid(ClaimsPrincipal session, ApiKeyOptions keys) =>
        session.FindFirstValue(KeyHashClaim) is { } hash
        && keys.ApiKeys.Any(k => string.Equals(k.KeySha256, hash, StringComparison.OrdinalIgnoreCase)
            && k.Name == session.Identity?.Name && session.IsInRole(k.Role));
}
