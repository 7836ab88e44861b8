using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Contracts.Pages;
using EqualifyPdf.Conversion;
using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Services;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>The processing steps of <see cref="JobGrain"/>: convert, correct pages (fan-out), assemble.</summary>
public sealed partial class JobGrain
{
    private async Task ProcessAsync(CancellationToken ct)
    {
        if (!State.ConversionDone)
        {
            await ConvertAsync(ct);
        }

        await CorrectPagesAsync(ct);
        await AssembleAsync(ct);
    }

    private async Task ConvertAsync(CancellationToken ct)
    {
        await CheckpointAsync(JobStatus.Processing, s => (s.Stage, s.Progress) = (JobStages.Conversion, 30));
        DocumentModel model;
        try
        {
            await using var pdf = await OpenUploadAsync(JobStages.Conversion, ct);
            model = await converter.ConvertAsync(pdf, new ConversionRequest(JobId, State.Filename, State.Language), ct);
        }
        catch (ConversionException e)
        {
            throw ConversionFailure(JobStages.Conversion, e);
        }

        var levels = new List<int>(model.Pages.Count);
        var last = 0;
        foreach (var page in model.Pages)
        {
            ct.ThrowIfCancellationRequested();
            levels.Add(last);
            last = page.Blocks.LastOrDefault(b => b.Role == BlockRole.Heading)?.Level ?? last;
            await blobs.WriteTextAsync(BlobContainers.Temp, JobBlobKeys.SourcePage(JobId, page.Number), DocumentModelJson.SerializePage(page), ct);
        }

        var now = Now;
        await CheckpointAsync(JobStatus.Processing, s =>
        {
            s.ConversionDone = true;
            s.PageCount = model.Pages.Count;
            s.EntryHeadingLevels = levels;
            s.DocumentTitle = string.IsNullOrWhiteSpace(s.Title) ? model.Info.Title : s.Title;
            s.DocumentLanguage = model.Info.Language;
            s.Pages.Clear();
            AddStageTime(s, JobStages.Conversion, now);
            s.Stage = JobStages.PageCorrection;
            s.Progress = 35;
        });
    }

    /// <summary>One page grain per page, at most <see cref="WorkflowOptions.PageConcurrency"/> at once; pages that
    /// already succeeded (in an earlier run) are skipped.</summary>
    private async Task CorrectPagesAsync(CancellationToken ct)
    {
        var pending = new Queue<int>(Enumerable.Range(1, State.PageCount).Where(p => !State.Pages.ContainsKey(p)));
        var running = new List<Task<PageResult>>();
        PageResult? failure = null;
        while (pending.Count > 0 || running.Count > 0)
        {
            while (failure is null && running.Count < _options.PageConcurrency && pending.Count > 0)
            {
                var page = pending.Dequeue();
                var item = new PageWorkItem(JobId, page, JobBlobKeys.SourcePage(JobId, page), State.EntryHeadingLevels.ElementAtOrDefault(page - 1));
                running.Add(GrainFactory.GetGrain<IPageGrain>(PageGrainKey.For(JobId, page)).Process(item, ct));
            }

            if (running.Count == 0)
            {
                break;
            }

            var done = await Task.WhenAny(running);
            running.Remove(done);
            var result = await done;
            ct.ThrowIfCancellationRequested();
            if (!result.Succeeded)
            {
                failure ??= result;
                continue;
            }

            await CheckpointAsync(JobStatus.Processing, s =>
            {
                s.Pages[result.Page] = result;
                s.Progress = 35 + (55 * s.Pages.Count / Math.Max(1, s.PageCount));
            });
        }

        if (failure is not null)
        {
            throw new StepFailedException(new JobError(JobStages.PageCorrection, ErrorCategory.Temporary,
                $"Page {failure.Page} could not be corrected after {failure.Attempts} attempts. Retry the job; pages already done are kept."));
        }

        var now = Now;
        await CheckpointAsync(JobStatus.Processing, s =>
        {
            AddStageTime(s, JobStages.PageCorrection, now);
            s.Stage = JobStages.Assembly;
            s.Progress = 90;
        });
    }

    private async Task AssembleAsync(CancellationToken ct)
    {
        var pages = new List<PageModel>(State.PageCount);
        var ledgers = new List<string>(State.PageCount);
        for (var page = 1; page <= State.PageCount; page++)
        {
            var result = State.Pages[page];
            pages.Add(DocumentModelJson.DeserializePage(await ReadRequiredAsync(result.ResultKey!, ct)));
            ledgers.Add(await ReadRequiredAsync(result.LedgerKey!, ct));
        }

        var info = new DocumentInfo(State.DocumentTitle ?? State.Filename, State.DocumentLanguage ?? State.Language ?? "en", State.PageCount);
        var now = Now;
        var stageSeconds = new Dictionary<string, double>(State.StageSeconds)
        {
            [JobStages.Assembly] = State.StageSeconds.GetValueOrDefault(JobStages.Assembly) + (now - (State.StageStartedAt ?? now)).TotalSeconds,
        };
        var input = new AssemblyInput(
            JobId, State.Filename, State.Attempts, State.CreatedAt, now, new DocumentModel(info, pages),
            [.. State.Pages.Values.OrderBy(p => p.Page)], ledgers, stageSeconds);
        var outputs = await Task.Run(() => JobAssembler.Build(input), ct);

        var keys = new Dictionary<string, string>();
        foreach (var (format, content) in outputs)
        {
            var key = JobBlobKeys.Result(JobId, ResultNames.FileNames[format]);
            await blobs.WriteTextAsync(BlobContainers.Results, key, content, ct);
            keys[format] = key;
        }

        ct.ThrowIfCancellationRequested();
        await TransitionAsync(JobStatus.Processing, JobStatus.Completed, JobReasons.Completed, JobReasons.System, s =>
        {
            s.ResultKeys = keys;
            s.StageSeconds = stageSeconds;
            s.StageStartedAt = now;
            s.Stage = JobStages.Done;
            s.Progress = 100;
        });
        await ApplyTerminalEffectsAsync();
    }

    private async Task<string> ReadRequiredAsync(string key, CancellationToken ct) =>
        await blobs.ReadTextAsync(BlobContainers.Temp, key, ct)
            ?? throw new StepFailedException(new JobError(JobStages.Assembly, ErrorCategory.Temporary,
                "An intermediate page result is missing. Retry the job."));
}
