using EqualifyPdf.ClientApi.Queries;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace EqualifyPdf.Web.Tests.Infrastructure;

/// <summary>The real client-api (API and pages) on a real Kestrel port, configured through the production keys.</summary>
/// <param name="settings">Configuration keys, as an operator would set them.</param>
/// <param name="jobIndex">The job index the operator page reads (see <see cref="InMemoryJobIndex"/>).</param>
public sealed class WebAppFactory(IReadOnlyDictionary<string, string?> settings, IJobIndex jobIndex) : WebApplicationFactory<Program>
{
    /// <summary>Every log line the app wrote.</summary>
    internal CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IJobIndex>();
            services.AddSingleton(jobIndex);
        });
    }
}
