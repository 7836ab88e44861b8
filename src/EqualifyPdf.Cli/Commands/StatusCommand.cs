using System.CommandLine;
using EqualifyPdf.Cli.Hosting;
using EqualifyPdf.Cli.Rendering;
using EqualifyPdf.Cli.Service;

namespace EqualifyPdf.Cli.Commands;

/// <summary><c>status &lt;id&gt;</c>: one job's status, stage, progress, error and history. Exits 1 for a job that
/// failed, was denied or cancelled, so a script can branch on it.</summary>
internal static class StatusCommand
{
    /// <summary>The <c>status</c> command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<string>("id") { Description = "The job id that submit printed." };
        var server = ServiceOptions.Server();
        var command = new Command("status", "Show a job's status, stage, progress and history.") { id, server };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var client = ServiceOptions.Client(parse, server, env);
            JobView job;
            try
            {
                job = await client.GetJobAsync(parse.GetRequiredValue(id), cancellationToken);
            }
            catch (ServiceException e)
            {
                await env.Error.WriteLineAsync($"{parse.GetRequiredValue(id)}: {e.Message}");
                return ExitCodes.Failed;
            }

            if (env.Terminal is { } terminal)
            {
                JobText.Render(terminal, job);
            }
            else
            {
                foreach (var line in JobText.Fields(job))
                {
                    await env.Out.WriteLineAsync(line);
                }
            }

            return Outcome(job);
        });
        return command;
    }

    /// <summary>0 unless the job ended without a result.</summary>
    public static int Outcome(JobView job) =>
        job.Status is JobStates.Failed or JobStates.Denied or JobStates.Cancelled ? ExitCodes.Failed : ExitCodes.Ok;
}
