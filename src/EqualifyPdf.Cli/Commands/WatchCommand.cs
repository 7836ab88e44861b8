using System.CommandLine;
using System.Text.Json;
using EqualifyPdf.Cli.Hosting;
using EqualifyPdf.Cli.Rendering;
using EqualifyPdf.Cli.Service;

namespace EqualifyPdf.Cli.Commands;

/// <summary>
/// <c>watch &lt;id&gt;</c>: follows the job's event stream (<c>GET /api/v1/documents/{id}/events</c>) and prints one
/// line per event until <c>done</c>, through <see cref="JobEventStream"/> (which resumes a dropped connection with
/// <c>Last-Event-ID</c>, so no event is shown twice or lost). Exits 0 when the job completed, 1 otherwise.
/// </summary>
internal static class WatchCommand
{
    /// <summary>The <c>watch</c> command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<string>("id") { Description = "The job id that submit printed." };
        var server = ServiceOptions.Server();
        var command = new Command("watch", "Follow a job's live progress until it ends.") { id, server };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var client = ServiceOptions.Client(parse, server, env);
            var jobId = parse.GetRequiredValue(id);
            try
            {
                return await ProgressBoards.RunAsync(env, board => FollowAsync(env, client, jobId, board.Add(jobId, 100), cancellationToken));
            }
            catch (ServiceException e)
            {
                await env.Error.WriteLineAsync($"{jobId}: {e.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }

    private static async Task<int> FollowAsync(CliEnvironment env, EqualifyClient client, string jobId, IProgressBar bar, CancellationToken cancellationToken)
    {
        var status = await JobEventStream.FollowAsync(client, jobId, env.ReconnectDelay, (type, data) => Show(env, type, data, bar), cancellationToken);
        return status == JobStates.Completed ? ExitCodes.Ok : ExitCodes.Failed;
    }

    // One line per event.
    private static void Show(CliEnvironment env, string type, JsonElement data, IProgressBar bar)
    {
        switch (type)
        {
            case "status":
                var stage = data.Text("stage");
                var progress = data.Number("progress");
                var queue = data.Number("queue_position") is { } position ? $", queue position {position}" : "";
                var error = data.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object
                    ? $": {e.Text("category")}: {e.Text("message")}"
                    : "";
                Report(env, bar, progress, $"status: {data.Text("status")} ({stage}, {progress ?? 0}%){queue}{error}");
                break;
            case "progress":
                Report(env, bar, data.Number("progress"), $"progress: {data.Text("stage")} {data.Number("progress") ?? 0}%");
                break;
            case "page":
                Report(env, bar, null, $"page: {data.Number("page")}/{data.Number("pages_total")}");
                break;
            case "done":
                var status = data.Text("status") ?? "unknown";
                Report(env, bar, status == JobStates.Completed ? 100 : null, $"done: {status}");
                break;
        }
    }

    private static void Report(CliEnvironment env, IProgressBar bar, int? progress, string line)
    {
        if (progress is { } value)
        {
            bar.Set(value);
        }

        bar.Describe(line);
        env.WriteLine(line);
    }
}
