using EqualifyPdf.ClientApi.Auth;
using EqualifyPdf.Hosting.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using EqualifyPdf.ClientApi.SignIn;

namespace EqualifyPdf.ClientApi.Extensions;

/// <summary>Authentication (who calls) and the role policies the routes require.</summary>
public static class AuthExtensions
{
    /// <summary>The default scheme: API keys (or a signed-in browser's session) when any is configured, else the local
    /// operator; see <see cref="CallerSchemeSelector"/>.</summary>
    public const string CallerScheme = "Caller";

    /// <summary>
    /// Registers <c>X-API-Key</c> authentication and the <see cref="AuthPolicies"/>. With no keys configured every
    /// request is the local operator, which start-up allows only when the API listens on loopback alone. Routes without
    /// a policy of their own need an authenticated caller; anonymous routes say so with <c>AllowAnonymous</c>.
    /// </summary>
    public static IServiceCollection AddEqualifyAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEqualifyApiKeys(configuration, requireKeysUnlessLoopback: true);
        services.AddAuthentication(CallerScheme)
            .AddPolicyScheme(CallerScheme, null, o => o.ForwardDefaultSelector = CallerSchemeSelector.Select)
            .AddScheme<AuthenticationSchemeOptions, LocalOperatorAuthenticationHandler>(LocalOperatorAuthenticationHandler.SchemeName, null)
            .AddBrowserSessions();
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.Submitter, p => p.RequireRole(Roles.Submitter, Roles.Reviewer, Roles.Operator))
            .AddPolicy(AuthPolicies.Reviewer, p => p.RequireRole(Roles.Reviewer, Roles.Operator))
            .AddPolicy(AuthPolicies.Operator, p => p.RequireRole(Roles.Operator))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddHostedService<LocalOperatorNotice>();
        return services;
    }
}
