using EqualifyPdf.Hosting.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Silo.Extensions;

/// <summary>
/// Who may reach the silo's dashboard: an operator's API key (<c>Auth:ApiKeys</c>, as in the API), or anyone when no key
/// is configured and the silo's HTTP port listens on loopback only (the <c>./run.sh</c> default). Health and metrics
/// stay open for the orchestrator's probes and the scraper on the internal network.
/// </summary>
public static class SiloAuthExtensions
{
    /// <summary>The policy on <c>/dashboard</c>.</summary>
    public const string OperatorPolicy = "operator";

    /// <summary>Registers API-key authentication and <see cref="OperatorPolicy"/>.</summary>
    public static IServiceCollection AddEqualifySiloAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEqualifyApiKeys(configuration, requireKeysUnlessLoopback: false);
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName);
        var loopbackOnly = ListenAddresses.AreLoopbackOnly(configuration);
        services.AddAuthorizationBuilder().AddPolicy(OperatorPolicy, policy => policy.RequireAssertion(context =>
            context.User.IsInRole(ApiKeyRoles.Operator)
            || (loopbackOnly && context.Resource is HttpContext http
                && !http.RequestServices.GetRequiredService<IOptions<ApiKeyOptions>>().Value.HasKeys)));
        return services;
    }
}
