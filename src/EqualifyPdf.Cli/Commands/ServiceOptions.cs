using System.CommandLine;
using EqualifyPdf.Cli.Hosting;
using EqualifyPdf.Cli.Service;

namespace EqualifyPdf.Cli.Commands;

/// <summary>The <c>--server</c> option of the commands that talk to a running service, and the client it makes.</summary>
internal static class ServiceOptions
{
    /// <summary>Where <c>./run.sh</c> serves the API.</summary>
    public const string DefaultServer = "http://127.0.0.1:8080";

    /// <summary>A new <c>--server</c> option (one per command).</summary>
    public static Option<Uri> Server()
    {
        var option = new Option<Uri>("--server", "-s")
        {
            Description = $"The service's base URL; the API key comes from {EqualifyClient.ApiKeyVariable}.",
            HelpName = "url",
            DefaultValueFactory = _ => new Uri(DefaultServer),
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                {
                    return uri;
                }

                result.AddError($"--server must be an absolute http(s) URL, not '{text}'.");
                return null;
            },
        };
        return option;
    }

    /// <summary>The client for the <c>--server</c> of <paramref name="parse"/>.</summary>
    public static EqualifyClient Client(ParseResult parse, Option<Uri> server, CliEnvironment env) =>
        new(parse.GetRequiredValue(server), env);
}
