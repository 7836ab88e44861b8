using System.CommandLine;
using EqualifyPdf.Cli.Hosting;
using EqualifyPdf.Cli.Rendering;
using EqualifyPdf.Cli.Service;

namespace EqualifyPdf.Cli.Commands;

/// <summary>
/// <c>submit &lt;pdf&gt;... [--wait] [--title] [--language] [--review-mode auto|human]</c>: uploads each PDF to the
/// service and prints <c>&lt;file&gt;: &lt;job id&gt; &lt;status&gt;</c>. With <c>--wait</c> it follows every job to
/// its end over its event stream (polling only when the stream is unavailable), printing each change of status or
/// stage, and exits 1 if any did not complete.
/// </summary>
internal static class SubmitCommand
{
    /// <summary>The <c>submit</c> command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "The PDF files to upload." };
        CommandLineChecks.RejectOptionLikeValues(files);
        var wait = new Option<bool>("--wait", "-w") { Description = "Follow each job until it completes, fails, is denied or cancelled." };
        var title = new Option<string>("--title") { Description = "The document title (default: from the PDF)." };
        var language = new Option<string>("--language") { Description = "The BCP 47 language of the document, e.g. en or fr-CA." };
        var reviewMode = new Option<string>("--review-mode") { Description = "auto: the PII gate decides; human: a reviewer always looks." };
        reviewMode.AcceptOnlyFromAmong("auto", "human");
        var server = ServiceOptions.Server();
        var command = new Command("submit", "Upload PDFs to the service.") { files, wait, title, language, reviewMode, server };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var client = ServiceOptions.Client(parse, server, env);
            var jobs = new List<(string File, string JobId)>();
            var failures = 0;
            foreach (var file in parse.GetRequiredValue(files))
            {
                try
                {
                    var submitted = await client.SubmitAsync(file, parse.GetValue(title), parse.GetValue(language), parse.GetValue(reviewMode), cancellationToken);
                    env.WriteLine($"{file}: {submitted.JobId} {submitted.Status}");
                    jobs.Add((file, submitted.JobId));
                }
                catch (Exception e) when (e is ServiceException or IOException or UnauthorizedAccessException)
                {
                    await env.Error.WriteLineAsync($"{file}: error: {e.Message}");
                    failures++;
                }
            }

            if (parse.GetValue(wait) && jobs.Count > 0)
            {
                failures += await ProgressBoards.RunAsync(env, board => WaitAllAsync(env, client, jobs, board, cancellationToken));
            }

            return failures == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static async Task<int> WaitAllAsync(CliEnvironment env, EqualifyClient client, List<(string File, string JobId)> jobs,
        IProgressBoard board, CancellationToken cancellationToken)
    {
        var outcomes = await Task.WhenAll(jobs.Select(async job =>
        {
            var bar = board.Add(Path.GetFileName(job.File), 100);
            try
            {
                var final = await JobWaiter.WaitAsync(client, job.JobId, env.PollInterval, env.ReconnectDelay,
                    (progress, description) =>
                    {
                        bar.Set(progress);
                        bar.Describe($"{Path.GetFileName(job.File)}: {description}");
                    },
                    env.WriteLine,
                    cancellationToken);
                return StatusCommand.Outcome(final) == ExitCodes.Ok && final.Status == JobStates.Completed ? 0 : 1;
            }
            catch (ServiceException e)
            {
                await env.Error.WriteLineAsync($"{job.JobId}: error: {e.Message}");
                return 1;
            }
        }));
        return outcomes.Sum();
    }
}
