using EqualifyPdf.ClientApi.Apis;
using EqualifyPdf.ClientApi.Pages.Jobs;
using EqualifyPdf.ClientApi.Queries;
using EqualifyPdf.ClientApi.Web;
using EqualifyPdf.Contracts.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualifyPdf.ClientApi.Pages.Admin;

/// <summary>The operator page (<c>/admin</c>, operators only): jobs by status, pending approvals, recent errors, cancel/retry.</summary>
public sealed class IndexModel(IClusterClient cluster, TimeProvider time) : PageModel
{
    private const int PageSize = 20;
    private const int RecentErrorLimit = 50;

    /// <summary>The status filter (wire name); empty shows every status.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    /// <summary>The page of the jobs table (the index's cursor).</summary>
    [BindProperty(SupportsGet = true, Name = "cursor")]
    public string? Cursor { get; set; }

    /// <summary>False when this build has no job index (then only the message is shown).</summary>
    public bool IndexAvailable { get; private set; }

    /// <summary>An unknown status in the filter.</summary>
    public string? StatusError { get; private set; }

    /// <summary>The jobs table.</summary>
    public JobListPage Jobs { get; private set; } = new([], null);

    /// <summary>Counts by status, oldest pending approval, queue depth.</summary>
    public JobStats? Stats { get; private set; }

    /// <summary>Jobs waiting for a reviewer, oldest first.</summary>
    public IReadOnlyList<JobIndexEntry> Pending { get; private set; } = [];

    /// <summary>The most recent failures, by category.</summary>
    public IReadOnlyList<IGrouping<ErrorCategory, JobIndexEntry>> RecentErrors { get; private set; } = [];

    /// <summary>What became of the last cancel or retry.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Now, for ages.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Every status, for the filter.</summary>
    public static IEnumerable<JobStatus> Statuses => Enum.GetValues<JobStatus>();

    /// <summary>Reads the job index.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (HttpContext.RequestServices.GetService<IJobIndex>() is not { } index)
        {
            return Page();
        }

        IndexAvailable = true;
        JobStatus? status = null;
        if (!string.IsNullOrEmpty(Status))
        {
            status = Statuses.Cast<JobStatus?>().FirstOrDefault(s => WebText.WireName(s!.Value) == Status);
            if (status is null)
            {
                StatusError = $"'{Status}' is not a status; choose one from the list.";
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }

        Jobs = await index.ListAsync(new JobListQuery(Status: status, Limit: PageSize, Cursor: Cursor), cancellationToken);
        Stats = await index.GetStatsAsync(cancellationToken);
        Pending = await index.ListPendingApprovalsAsync(PageSize, cancellationToken);
        var failed = await index.ListAsync(new JobListQuery(Status: JobStatus.Failed, Limit: RecentErrorLimit), cancellationToken);
        RecentErrors = [.. failed.Items.GroupBy(j => j.ErrorCategory ?? ErrorCategory.AdminRequired).OrderBy(g => g.Key)];
        return Page();
    }

    /// <summary>Cancels a job through <see cref="DocumentsApi.CancelAsync"/>.</summary>
    public async Task<IActionResult> OnPostCancelAsync(string jobId)
    {
        Notice = $"Job {jobId}: " + JobModel.Describe((await DocumentsApi.CancelAsync(jobId, User, cluster)).Result, "cancelled.");
        return RedirectToPage(new { status = Status, cursor = Cursor });
    }

    /// <summary>Resumes a failed job through <see cref="DocumentsApi.RetryAsync"/>.</summary>
    public async Task<IActionResult> OnPostRetryAsync(string jobId)
    {
        Notice = $"Job {jobId}: " + JobModel.Describe((await DocumentsApi.RetryAsync(jobId, Request, User, cluster)).Result, "resumed.");
        return RedirectToPage(new { status = Status, cursor = Cursor });
    }
}
