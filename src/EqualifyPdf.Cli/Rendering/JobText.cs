using System.Globalization;
using EqualifyPdf.Cli.Service;
using Spectre.Console;

namespace EqualifyPdf.Cli.Rendering;

/// <summary>How a job is shown: one summary line, plain <c>key: value</c> lines for scripts, a table on a terminal.</summary>
internal static class JobText
{
    /// <summary><c>&lt;id&gt;: processing (converting, 40%)</c>, with the queue position or the error when there is one.</summary>
    public static string Summary(JobView job) =>
        Summary(job.JobId, job.Status, job.Stage, job.Progress, job.QueuePosition, job.Error is { } e ? $"{e.Category}: {e.Message}" : null);

    /// <summary>The same line from its parts (a status event carries them, not a whole <see cref="JobView"/>).</summary>
    public static string Summary(string jobId, string status, string? stage, int progress, int? queuePosition, string? error)
    {
        var detail = status == JobStates.Completed ? "" : $" ({stage}, {progress}%)";
        var queue = queuePosition is { } position ? $", queue position {position}" : "";
        return $"{jobId}: {status}{detail}{queue}{(error is null ? "" : ": " + error)}";
    }

    /// <summary>Every field as a <c>key: value</c> line, then one <c>history:</c> line per transition.</summary>
    public static IEnumerable<string> Fields(JobView job)
    {
        yield return $"job_id: {job.JobId}";
        yield return $"filename: {job.Filename}";
        yield return $"status: {job.Status}";
        yield return $"stage: {job.Stage}";
        yield return $"progress: {job.Progress}";
        if (job.QueuePosition is { } position)
        {
            yield return $"queue_position: {position}";
        }

        yield return $"created_at: {Time(job.CreatedAt)}";
        yield return $"updated_at: {Time(job.UpdatedAt)}";
        if (job.Error is { } error)
        {
            yield return $"error: {error.Category} at {error.Stage}: {error.Message}";
        }

        foreach (var step in job.History ?? [])
        {
            yield return $"history: {Time(step.At)} {step.From ?? "-"} -> {step.To} ({step.Reason}, {step.Actor})";
        }
    }

    /// <summary>The job as a Spectre grid and history table.</summary>
    public static void Render(IAnsiConsole terminal, JobView job)
    {
        var grid = new Grid().AddColumn().AddColumn();
        foreach (var line in Fields(job).Where(l => !l.StartsWith("history:", StringComparison.Ordinal)))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            grid.AddRow(new Text(line[..colon], new Style(decoration: Decoration.Bold)), new Text(line[(colon + 2)..]));
        }

        terminal.Write(grid);
        if (job.History is { Count: > 0 } history)
        {
            var table = new Table().AddColumns("at", "from", "to", "reason", "actor");
            foreach (var step in history)
            {
                table.AddRow(Markup.Escape(Time(step.At)), Markup.Escape(step.From ?? "-"), Markup.Escape(step.To), Markup.Escape(step.Reason), Markup.Escape(step.Actor));
            }

            terminal.Write(table);
        }
    }

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
