namespace EqualifyPdf.Cli.Service;

/// <summary>
/// Follows a job by polling its status until it is terminal, reporting each change of status or stage once. Polling
/// works against every server version; <see cref="JobWaiter"/> uses it only when the event stream is unavailable.
/// </summary>
internal static class JobPoller
{
    /// <summary>Polls <paramref name="jobId"/> every <paramref name="interval"/>; <paramref name="onUpdate"/> sees every
    /// answer, <paramref name="onChange"/> only those whose status or stage differs from the last (starting from <paramref name="last"/>, what was already
    /// reported).</summary>
    public static async Task<JobView> WaitAsync(EqualifyClient client, string jobId, TimeSpan interval, Action<JobView> onUpdate,
        Action<JobView> onChange, CancellationToken cancellationToken, (string Status, string Stage)? last = null)
    {
        while (true)
        {
            var job = await client.GetJobAsync(jobId, cancellationToken);
            onUpdate(job);
            if (last != (job.Status, job.Stage))
            {
                last = (job.Status, job.Stage);
                onChange(job);
            }

            if (job.IsTerminal)
            {
                return job;
            }

            await Task.Delay(interval, cancellationToken);
        }
    }
}
