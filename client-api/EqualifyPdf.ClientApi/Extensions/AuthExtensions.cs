using EqualifyPdf.ClientApi.Auth;
using Microsoft.AspNetCore.Authentication;

namespace EqualifyPdf.ClientApi.Extensions;

/// <summary>Authentication (who calls) and the role policies the routes require.</summary>
public static class AuthExtensions
{
    /// <summary>Registers the authentication scheme and the <see cref="AuthPolicies"/>.</summary>
    public static IServiceCollection AddEqualifyAuth(this IServiceCollection services)
    {
        services.AddAuthentication(LocalOperatorAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, LocalOperatorAuthenticationHandler>(LocalOperatorAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.Submitter, p => p.RequireRole(Roles.Submitter, Roles.Reviewer, Roles.Operator))
            .AddPolicy(AuthPolicies.Reviewer, p => p.RequireRole(Roles.Reviewer, Roles.Operator))
            .AddPolicy(AuthPolicies.Operator, p => p.RequireRole(Roles.Operator));
        return services;
    }
}
