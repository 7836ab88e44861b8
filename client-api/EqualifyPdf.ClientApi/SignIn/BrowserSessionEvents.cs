using EqualifyPdf.Hosting.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.ClientApi.SignIn;

/// <summary>
/// The browser session's events: a page sends an anonymous browser to sign-in and a forbidden one to the 403 page,
/// but an API route answers as the API-key scheme does (401/403 problem details); a session whose key was removed or
/// changed role ends at its next request.
/// </summary>
internal sealed class BrowserSessionEvents : CookieAuthenticationEvents
{
    /// <inheritdoc />
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        CallerSchemeSelector.IsApi(context.Request.Path)
            ? context.HttpContext.ChallengeAsync(ApiKeyAuthenticationHandler.SchemeName)
            : base.RedirectToLogin(context);

    /// <inheritdoc />
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        CallerSchemeSelector.IsApi(context.Request.Path)
            ? context.HttpContext.ForbidAsync(ApiKeyAuthenticationHandler.SchemeName)
            : base.RedirectToAccessDenied(context);

    /// <inheritdoc />
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var keys = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<ApiKeyOptions>>().CurrentValue;
        if (context.Principal is null || !BrowserSession.IsStillValid(context.Principal, keys))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(BrowserSession.SchemeName);
        }
    }
}
