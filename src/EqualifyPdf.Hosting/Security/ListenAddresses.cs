using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace EqualifyPdf.Hosting.Security;

/// <summary>
/// Where a host's HTTP server will listen, read from the same configuration Kestrel reads: <c>Urls</c>
/// (<c>ASPNETCORE_URLS</c>), <c>HTTP_PORTS</c>/<c>HTTPS_PORTS</c> (every interface) and <c>Kestrel:Endpoints:*:Url</c>.
/// Nothing configured is ASP.NET Core's default, <c>http://localhost:5000</c>.
/// </summary>
public static class ListenAddresses
{
    /// <summary>Every configured listen address (URLs, or <c>*:port</c> for the port settings).</summary>
    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var addresses = new List<string>();
        addresses.AddRange(Split(configuration["urls"]));
        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            addresses.AddRange(Split(configuration[key]).Select(port => $"http://*:{port}"));
        }

        addresses.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(endpoint => endpoint["Url"]).OfType<string>().Where(url => url.Length > 0));
        return addresses;
    }

    /// <summary>True when every address the host listens on is a loopback one (so only this machine can call it).</summary>
    public static bool AreLoopbackOnly(IConfiguration configuration)
    {
        var addresses = From(configuration);
        return addresses.Count == 0 || addresses.All(IsLoopback);
    }

    /// <summary>True for <c>localhost</c>, <c>127.0.0.0/8</c> and <c>[::1]</c>; false for wildcards, other addresses and host names.</summary>
    public static bool IsLoopback(string url)
    {
        BindingAddress binding;
        try
        {
            binding = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            return false;
        }

        if (binding.IsUnixPipe || binding.IsNamedPipe)
        {
            return true; // a local socket file is reachable from this machine only
        }

        var host = binding.Host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    private static IEnumerable<string> Split(string? value) =>
        (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
