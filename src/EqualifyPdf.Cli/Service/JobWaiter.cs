using System.Text.Json;
using EqualifyPdf.Cli.Rendering;

namespace EqualifyPdf.Cli.Service;

/// <summary>
/// Waits for a job to end for <c>submit --wait</c>: follows its event stream (<see cref="JobEventStream"/>, shared with
/// <c>watch</c>) and falls back to polling its status (<see cref="JobPoller"/>) only when the stream is unavailable
/// (an older server without the route, or a stream that keeps closing without events). Either way each change of
/// status or stage is reported once, as <see cref="JobText.Summary(JobView)"/> prints it.
/// </summary>
internal static class JobWaiter
{
    /// <summary>Follows <paramref name="jobId"/> to its end and returns its final status answer.</summary>
    /// <param name="client">The service.</param>
    /// <param name="jobId">The job.</param>
    /// <param name="pollInterval">The polling interval when the stream is unavailable.</param>
    /// <param name="reconnectDelay">The delay before reopening a dropped stream when the server sets none.</param>
    /// <param name="onProgress">Every progress figure, with a short description (for the progress bar).</param>
    /// <param name="onChange">One summary line per change of status or stage.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public static async Task<JobView> WaitAsync(EqualifyClient client, string jobId, TimeSpan pollInterval, TimeSpan reconnectDelay,
        Action<int, string> onProgress, Action<string> onChange, CancellationToken cancellationToken)
    {
        (string Status, string Stage)? last = null;
        var status = "submitted";

        void Report(string newStatus, string stage, int progress, int? queue, string? error)
        {
            status = newStatus;
            onProgress(progress, $"{newStatus} ({stage})");
            if (last != (newStatus, stage))
            {
                last = (newStatus, stage);
                onChange(JobText.Summary(jobId, newStatus, stage, progress, queue, error));
            }
        }

        void OnEvent(string type, JsonElement data)
        {
            switch (type)
            {
                case "status" when data.Text("status") is { } newStatus:
                    var error = data.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object
                        ? $"{e.Text("category")}: {e.Text("message")}"
                        : null;
                    Report(newStatus, data.Text("stage") ?? "", data.Number("progress") ?? 0, data.Number("queue_position"), error);
                    break;
                case "progress":
                    Report(status, data.Text("stage") ?? last?.Stage ?? "", data.Number("progress") ?? 0, null, null);
                    break;
            }
        }

        try
        {
            await JobEventStream.FollowAsync(client, jobId, reconnectDelay, OnEvent, cancellationToken);
        }
        catch (ServiceException)
        {
            // No usable stream: polling reports the rest (and any real error, such as an unknown job).
            return await JobPoller.WaitAsync(client, jobId, pollInterval,
                job => onProgress(job.Progress, $"{job.Status} ({job.Stage})"), job => onChange(JobText.Summary(job)), cancellationToken, last);
        }

        // The stream said done; the status answer has the final fields (and the error, if the job failed).
        var final = await client.GetJobAsync(jobId, cancellationToken);
        onProgress(final.Progress, $"{final.Status} ({final.Stage})");
        if (last != (final.Status, final.Stage))
        {
            onChange(JobText.Summary(final));
        }

        return final;
    }
}
