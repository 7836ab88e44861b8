using System.CommandLine;
using System.Text.Json;
using EqualifyPdf.Cli.Hosting;
using EqualifyPdf.Cli.Rendering;
using EqualifyPdf.Cli.Service;

namespace EqualifyPdf.Cli.Commands;

/// <summary>
/// <c>watch &lt;id&gt;</c>: follows the job's event stream (<c>GET /api/v1/documents/{id}/events</c>) and prints one
/// line per event until <c>done</c>. A dropped connection is reopened with <c>Last-Event-ID</c>, after the server's
/// <c>retry:</c> delay, so no event is shown twice or lost. Exits 0 when the job completed, 1 otherwise.
/// </summary>
internal static class WatchCommand
{
    private const int MaxReconnectsWithoutEvents = 5;

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
        string? lastEventId = null;
        var idleReconnects = 0;
        while (true)
        {
            TimeSpan? retry = null;
            var sawEvent = false;
            try
            {
                using var response = await client.OpenEventsAsync(jobId, lastEventId, cancellationToken);
                var reader = new EventStreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
                await foreach (var message in reader.ReadAllAsync(cancellationToken))
                {
                    sawEvent = true;
                    lastEventId = message.Id ?? lastEventId;
                    if (Show(env, message, bar) is { } status)
                    {
                        return status == JobStates.Completed ? ExitCodes.Ok : ExitCodes.Failed;
                    }
                }

                retry = reader.Retry;
            }
            catch (Exception e) when (e is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                // The connection broke mid-stream: reconnect below.
            }
            catch (ServiceException e) when (e.StatusCode is null or >= 500)
            {
                // Unreachable or failing for now (a restarting API): reconnect below, a bounded number of times.
            }

            idleReconnects = sawEvent ? 0 : idleReconnects + 1;
            if (idleReconnects > MaxReconnectsWithoutEvents)
            {
                throw new ServiceException($"the event stream closed {idleReconnects} times without an event; giving up");
            }

            await Task.Delay(retry ?? env.ReconnectDelay, cancellationToken);
        }
    }

    // One line per event; returns the final status on `done`.
    private static string? Show(CliEnvironment env, ServerSentEvent message, IProgressBar bar)
    {
        JsonElement data;
        try
        {
            using var json = JsonDocument.Parse(message.Data);
            data = json.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null; // not ours (a comment-like heartbeat with data); nothing to show
        }

        switch (message.Type)
        {
            case "status":
                var stage = Text(data, "stage");
                var progress = Number(data, "progress");
                var queue = Number(data, "queue_position") is { } position ? $", queue position {position}" : "";
                var error = data.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object
                    ? $": {Text(e, "category")}: {Text(e, "message")}"
                    : "";
                Report(env, bar, progress, $"status: {Text(data, "status")} ({stage}, {progress ?? 0}%){queue}{error}");
                return null;
            case "progress":
                Report(env, bar, Number(data, "progress"), $"progress: {Text(data, "stage")} {Number(data, "progress") ?? 0}%");
                return null;
            case "page":
                Report(env, bar, null, $"page: {Number(data, "page")}/{Number(data, "pages_total")}");
                return null;
            case "done":
                var status = Text(data, "status") ?? "unknown";
                Report(env, bar, status == JobStates.Completed ? 100 : null, $"done: {status}");
                return status;
            default:
                return null;
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

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
