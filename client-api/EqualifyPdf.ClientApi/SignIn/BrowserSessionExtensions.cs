using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace EqualifyPdf.ClientApi.SignIn;

/// <summary>Registers the <see cref="BrowserSession"/> cookie scheme next to the API-key scheme.</summary>
public static class BrowserSessionExtensions
{
    /// <summary>Adds ASP.NET Core cookie authentication for signed-in browsers (HttpOnly, SameSite=Strict, Secure on
    /// HTTPS, sliding <see cref="BrowserSession.IdleTimeout"/>), with the sign-in, sign-out and 403 pages.</summary>
    public static AuthenticationBuilder AddBrowserSessions(this AuthenticationBuilder builder) =>
        builder.AddCookie(BrowserSession.SchemeName, options =>
        {
            options.Cookie.Name = BrowserSession.CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = BrowserSession.SignInPath;
            options.LogoutPath = BrowserSession.SignOutPath;
            options.AccessDeniedPath = BrowserSession.AccessDeniedPath;
            options.ReturnUrlParameter = BrowserSession.ReturnUrlParameter;
            options.ExpireTimeSpan = BrowserSession.IdleTimeout;
            options.SlidingExpiration = true;
            options.Events = new BrowserSessionEvents();
        });
}
