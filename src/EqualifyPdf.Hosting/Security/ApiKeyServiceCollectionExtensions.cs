using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Hosting.Security;

/// <summary>Registers <c>X-API-Key</c> authentication for a host.</summary>
public static class ApiKeyServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="ApiKeyOptions"/> from <c>Auth</c>, validates them at start-up and adds the
    /// <see cref="ApiKeyAuthenticationHandler.SchemeName"/> scheme (not made the default: the host chooses).
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration (keys and listen addresses).</param>
    /// <param name="requireKeysUnlessLoopback">Refuse to start when listening beyond loopback without keys.</param>
    /// <returns>The authentication builder, to add more schemes.</returns>
    public static AuthenticationBuilder AddEqualifyApiKeys(
        this IServiceCollection services, IConfiguration configuration, bool requireKeysUnlessLoopback)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiKeyOptions>>(new ApiKeyOptionsValidator(configuration, requireKeysUnlessLoopback));
        return services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
    }
}
