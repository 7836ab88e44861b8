using System.CommandLine;
using EqualifyPdf.Cli.Hosting;
using EqualifyPdf.Cli.Service;

namespace EqualifyPdf.Cli.Commands;

/// <summary>
/// <c>fetch &lt;id&gt; --format html|markdown|ledger|metadata -o FILE</c>: downloads one result of a completed job,
/// following the service's redirect to S3, into a temporary file renamed to FILE only once complete.
/// </summary>
internal static class FetchCommand
{
    /// <summary>The <c>fetch</c> command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<string>("id") { Description = "The job id." };
        var format = new Option<string>("--format", "-f") { HelpName = "format", Description = "Which result.", DefaultValueFactory = _ => OutputFormats.Html };
        format.AcceptOnlyFromAmong(OutputFormats.Html, OutputFormats.Markdown, OutputFormats.Ledger, OutputFormats.Metadata);
        var output = new Option<string>("--output", "-o") { Required = true, HelpName = "file", Description = "Where to write it." };
        var server = ServiceOptions.Server();
        var command = new Command("fetch", "Download a result of a completed job.") { id, format, output, server };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var jobId = parse.GetRequiredValue(id);
            var path = Path.GetFullPath(parse.GetRequiredValue(output));
            using var client = ServiceOptions.Client(parse, server, env);
            try
            {
                using var response = await client.OpenResultAsync(jobId, parse.GetRequiredValue(format), cancellationToken);
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var bytes = await AtomicFile.WriteAsync(path, body, cancellationToken);
                env.WriteLine($"{jobId}: {parse.GetRequiredValue(format)} -> {parse.GetRequiredValue(output)} ({bytes} bytes)");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is ServiceException or IOException or UnauthorizedAccessException or HttpRequestException)
            {
                await env.Error.WriteLineAsync($"{jobId}: {e.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
