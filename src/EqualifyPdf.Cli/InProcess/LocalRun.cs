using System.Diagnostics;
using EqualifyPdf.Cli.Commands;
using EqualifyPdf.Cli.Hosting;
using EqualifyPdf.Cli.Rendering;
using EqualifyPdf.Contracts.Approvals;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage;

namespace EqualifyPdf.Cli.InProcess;

/// <summary>
/// The steps of <c>run</c> on a <see cref="LocalSilo"/>: submit every file as a job, follow them (progress bars on a
/// terminal) until each is done or waits at the PII gate, decide those through the <see cref="ReviewGate"/> outside
/// the live display, follow again, then copy each completed job's results out and print one line per file.
/// </summary>
internal static class LocalRun
{
    /// <summary>Runs <paramref name="files"/> to the end; returns the exit code.</summary>
    public static async Task<int> RunAllAsync(CliEnvironment env, LocalSilo silo, string[] files, LocalRunOptions options, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var jobs = files.Select(f => new LocalJob(f)).ToList();
        foreach (var job in jobs)
        {
            await SubmitAsync(silo, job, cancellationToken);
        }

        // Follow until every job is done or waits for a decision; decide (prompts happen outside the live display); repeat.
        while (true)
        {
            await ProgressBoards.RunAsync(env, board => FollowAsync(env, silo, jobs, board, cancellationToken));
            var waiting = jobs.Where(j => j.Error is null && j.Snapshot?.Status == JobStatus.AwaitingApproval).ToList();
            if (waiting.Count == 0)
            {
                break;
            }

            var decided = 0;
            foreach (var job in waiting)
            {
                decided += await DecideAsync(silo, job, options, cancellationToken) ? 1 : 0;
            }

            if (decided < waiting.Count)
            {
                foreach (var job in waiting.Where(j => j.Snapshot?.Status == JobStatus.AwaitingApproval))
                {
                    job.Error = "needs review and no decision was given (answer the prompt, or pass --yes or --no)";
                }
            }
        }

        var failures = 0;
        foreach (var job in jobs)
        {
            failures += await ReportAsync(env, silo, job, options, watch.Elapsed, cancellationToken) ? 0 : 1;
        }

        return failures == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static async Task SubmitAsync(LocalSilo silo, LocalJob job, CancellationToken cancellationToken)
    {
        try
        {
            var key = JobBlobKeys.Upload(job.JobId);
            long size;
            await using (var input = File.OpenRead(job.File))
            {
                size = await silo.Blobs.WriteAsync(BlobContainers.Temp, key, input, cancellationToken);
            }

            var result = await silo.Grains.GetGrain<IJobGrain>(job.JobId)
                .Submit(new SubmitJobRequest(Path.GetFileName(job.File), key, size, null, null, Environment.UserName));
            job.Snapshot = result.Job;
            job.Error = result.Job is null ? result.Message ?? "the job could not be created" : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            job.Error = e.Message;
        }
    }

    private static async Task<int> FollowAsync(CliEnvironment env, LocalSilo silo, List<LocalJob> jobs, IProgressBoard board, CancellationToken cancellationToken)
    {
        var bars = jobs.Where(j => !j.IsSettled).ToDictionary(j => j, j => board.Add(Path.GetFileName(j.File), 100));
        while (bars.Keys.Any(j => !j.IsSettled))
        {
            await Task.Delay(env.PollInterval, cancellationToken);
            foreach (var (job, bar) in bars.Where(b => !b.Key.IsSettled))
            {
                job.Snapshot = await silo.Grains.GetGrain<IJobGrain>(job.JobId).GetSnapshot() ?? job.Snapshot;
                if (job.Snapshot is { } snapshot)
                {
                    bar.Set(snapshot.Status == JobStatus.Completed ? 100 : snapshot.Progress);
                    bar.Describe($"{Path.GetFileName(job.File)}: {JobStatusText.Of(snapshot.Status)} ({snapshot.Stage})");
                }
            }
        }

        return 0;
    }

    private static async Task<bool> DecideAsync(LocalSilo silo, LocalJob job, LocalRunOptions options, CancellationToken cancellationToken)
    {
        var token = await silo.Approvals.TokenFor(job.JobId).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var hash = ApprovalTokenHash.Compute(token);
        var grain = silo.Grains.GetGrain<IJobGrain>(job.JobId);
        var review = await grain.GetReview(hash);
        if (options.Gate.Decide(job.File, review.Findings) is not { } approve)
        {
            return false;
        }

        var decision = new ReviewDecision(approve ? DecisionKind.Approved : DecisionKind.Denied, options.Justification, Environment.UserName, DateTimeOffset.UtcNow);
        job.Snapshot = (await grain.Decide(decision, hash)).Job ?? await grain.GetSnapshot();
        return true;
    }

    private static async Task<bool> ReportAsync(CliEnvironment env, LocalSilo silo, LocalJob job, LocalRunOptions options, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        if (job.Error is not null || job.Snapshot is null)
        {
            await env.Error.WriteLineAsync($"{job.File}: error: {job.Error}");
            return false;
        }

        var snapshot = job.Snapshot;
        switch (snapshot.Status)
        {
            case JobStatus.Completed:
                var written = new List<string>();
                var name = Path.GetFileNameWithoutExtension(job.File);
                foreach (var format in options.Formats)
                {
                    await using var content = snapshot.ResultKeys.TryGetValue(format, out var key)
                        ? await silo.Blobs.OpenReadAsync(BlobContainers.Results, key, cancellationToken)
                        : null;
                    if (content is null)
                    {
                        await env.Error.WriteLineAsync($"{job.File}: error: the job has no {format} result");
                        return false;
                    }

                    var path = Path.Combine(options.OutDir, name + OutputFormats.Extensions[format]);
                    await AtomicFile.WriteAsync(path, content, cancellationToken);
                    written.Add(path);
                }

                env.WriteLine($"{job.File}: completed in {elapsed.TotalSeconds:0.00}s -> {string.Join(", ", written)}");
                return true;
            case JobStatus.Failed:
                await env.Error.WriteLineAsync($"{job.File}: failed ({JobStatusText.Of(snapshot.Error?.Category)} at {snapshot.Error?.Stage}): {snapshot.Error?.Message}");
                return false;
            default:
                env.WriteLine($"{job.File}: {JobStatusText.Of(snapshot.Status)}");
                return false;
        }
    }
}
