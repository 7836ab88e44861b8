using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace EqualifyPdf.ClientApi.Tests.Infrastructure;

/// <summary>The real client-api pipeline, configured through the same keys as production (<c>UseSetting</c>).</summary>
/// <param name="settings">Configuration keys, as an operator would set them.</param>
/// <param name="traceAspNetCore">Log every ASP.NET Core category at Trace, as a verbose operator configuration would.</param>
public sealed class ClientApiFactory(IReadOnlyDictionary<string, string?> settings, bool traceAspNetCore = false) : WebApplicationFactory<Program>
{
    internal CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(Logs);
            if (traceAspNetCore)
            {
                logging.SetMinimumLevel(LogLevel.Trace);
                logging.AddFilter("Microsoft.AspNetCore", LogLevel.Trace);
            }
        });
    }
}
