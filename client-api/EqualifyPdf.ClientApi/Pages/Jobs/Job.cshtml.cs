using EqualifyPdf.ClientApi.Apis;
using EqualifyPdf.ClientApi.Models;
using EqualifyPdf.Contracts.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualifyPdf.ClientApi.Pages.Jobs;

/// <summary>The job page (<c>/jobs/{id}</c>): status, live progress, history, errors, cancel/retry, results.</summary>
public sealed class JobModel(IClusterClient cluster) : PageModel
{
    /// <summary>The job as the status endpoint shows it; null when there is no such job.</summary>
    public JobStatusResponse? Job { get; private set; }

    /// <summary>What became of the last cancel or retry, shown once after the redirect.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Cancel applies to a job that has not finished.</summary>
    public bool CanCancel => Job is { Status: var status } && !status.IsTerminal();

    /// <summary>Retry applies to a failed job.</summary>
    public bool CanRetry => Job is { Status: JobStatus.Failed };

    /// <summary>Loads the job through <see cref="DocumentsApi.GetStatusAsync"/>.</summary>
    public async Task<IActionResult> OnGetAsync(string id)
    {
        if ((await DocumentsApi.GetStatusAsync(id, User, cluster)).Result is Ok<JobStatusResponse> { Value: { } job })
        {
            Job = job;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    /// <summary>Cancels through <see cref="DocumentsApi.CancelAsync"/>.</summary>
    public async Task<IActionResult> OnPostCancelAsync(string id)
    {
        Notice = Describe((await DocumentsApi.CancelAsync(id, User, cluster)).Result, "The job was cancelled.");
        return RedirectToPage(new { id });
    }

    /// <summary>Resumes a failed job through <see cref="DocumentsApi.RetryAsync"/>.</summary>
    public async Task<IActionResult> OnPostRetryAsync(string id)
    {
        Notice = Describe((await DocumentsApi.RetryAsync(id, Request, User, cluster)).Result, "The job resumes from its last good step.");
        return RedirectToPage(new { id });
    }

    internal static string Describe(IResult result, string applied) => result switch
    {
        ProblemHttpResult problem => problem.ProblemDetails.Detail ?? "The command does not apply to this job.",
        _ => applied,
    };
}
