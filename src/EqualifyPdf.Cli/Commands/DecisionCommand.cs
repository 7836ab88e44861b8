using System.CommandLine;
using EqualifyPdf.Cli.Hosting;
using EqualifyPdf.Cli.Rendering;
using EqualifyPdf.Cli.Service;

namespace EqualifyPdf.Cli.Commands;

/// <summary>
/// <c>approve|deny &lt;token&gt; --justification "…" [--reviewed-by NAME]</c>: the reviewer's decision through the token
/// of the review link. The review is read first, so the line printed names the document decided on; an expired,
/// used or unknown link gets the service's one-line reason and exit 1.
/// </summary>
internal static class DecisionCommand
{
    /// <summary>The <c>approve</c> (<paramref name="approve"/>) or <c>deny</c> command.</summary>
    public static Command Create(CliEnvironment env, bool approve)
    {
        var (name, decision, verb) = approve ? ("approve", "approved", "Approve") : ("deny", "denied", "Deny");
        var token = new Argument<string>("token") { Description = "The token of the review link (the segment before /review), or the whole link." };
        var justification = new Option<string>("--justification", "-j") { Required = true, HelpName = "text", Description = "Why; kept in the job's history." };
        var reviewedBy = new Option<string>("--reviewed-by")
        {
            HelpName = "name",
            Description = "Who decided (default: the login name).",
            DefaultValueFactory = _ => Environment.UserName,
        };
        var server = ServiceOptions.Server();
        var command = new Command(name, $"{verb} converting a document held at the PII gate.") { token, justification, reviewedBy, server };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var key = TokenOf(parse.GetRequiredValue(token));
            using var client = ServiceOptions.Client(parse, server, env);
            try
            {
                var review = await client.GetReviewAsync(key, cancellationToken);
                var job = await client.DecideAsync(key, decision, parse.GetRequiredValue(justification), parse.GetRequiredValue(reviewedBy), cancellationToken);
                env.WriteLine($"{review.Filename}: {decision} -> {JobText.Summary(job)}");
                return ExitCodes.Ok;
            }
            catch (ServiceException e)
            {
                await env.Error.WriteLineAsync($"{name}: {e.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }

    // A pasted link works as well as the bare token: .../approval/{token}/review.
    private static string TokenOf(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var link) && link.Segments.Length >= 2 && link.Segments[^1].TrimEnd('/') == "review"
            ? link.Segments[^2].TrimEnd('/')
            : value;
}
