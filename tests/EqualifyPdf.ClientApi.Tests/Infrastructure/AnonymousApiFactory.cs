using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.ClientApi.Tests.Infrastructure;

/// <summary>A client-api on the shared cluster whose every caller is anonymous (no credential at all), whatever
/// authentication the product has: the test scheme becomes the default and authenticates nobody.</summary>
internal static class AnonymousApiFactory
{
    public const string Scheme = "test-anonymous";

    public static WebApplicationFactory<Program> Create(ClusterFixture cluster) =>
        cluster.CreateApi(new Dictionary<string, string?>()).WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, NobodyHandler>(Scheme, null);
            services.Configure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultAuthenticateScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
                o.DefaultForbidScheme = Scheme;
            });
        }));

    private sealed class NobodyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, Microsoft.Extensions.Logging.ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
    }
}
