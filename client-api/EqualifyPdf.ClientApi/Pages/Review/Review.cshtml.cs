using EqualifyPdf.ClientApi.Apis;
using EqualifyPdf.ClientApi.Approvals;
using EqualifyPdf.ClientApi.Models;
using EqualifyPdf.Contracts.Approvals;
using EqualifyPdf.Contracts.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualifyPdf.ClientApi.Pages.Review;

/// <summary>
/// The review page (<c>/review/{token}</c>), the link in the approval notification: the masked findings by page and an
/// approve/deny form. It calls the API's approval handlers, so the rules (and the 404/409/410 answers) are the same.
/// </summary>
public sealed class ReviewModel(IClusterClient cluster, TimeProvider time) : PageModel
{
    /// <summary>What the link leads to.</summary>
    public ReviewLinkState State { get; private set; }

    /// <summary>The findings (state <see cref="ReviewLinkState.Open"/>).</summary>
    public ReviewResponse? Review { get; private set; }

    /// <summary>The decision on record (states <see cref="ReviewLinkState.Decided"/> and <see cref="ReviewLinkState.AlreadyDecided"/>).</summary>
    public ReviewDecision? Decision { get; private set; }

    /// <summary>Problems by form field (<c>decision</c>, <c>justification</c>, <c>reviewed_by</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>The decision button pressed: <c>approved</c> or <c>denied</c>.</summary>
    [BindProperty(Name = "decision")]
    public string? DecisionInput { get; set; }

    /// <summary>Why the reviewer decided so.</summary>
    [BindProperty(Name = "justification")]
    public string? Justification { get; set; }

    /// <summary>Who reviewed.</summary>
    [BindProperty(Name = "reviewed_by")]
    public string? ReviewedBy { get; set; }

    /// <summary>Shows the findings through <see cref="ApprovalApi.GetReviewAsync"/>.</summary>
    public async Task<IActionResult> OnGetAsync(string token)
    {
        ProtectLink();
        await LoadAsync(token);
        return Page();
    }

    /// <summary>Records the decision through <see cref="ApprovalApi.DecideAsync"/>.</summary>
    public async Task<IActionResult> OnPostAsync(string token)
    {
        ProtectLink();
        var result = await ApprovalApi.DecideAsync(token, new DecisionRequest(DecisionInput, Justification, ReviewedBy), User, cluster, time);
        switch (result.Result)
        {
            case Ok<JobStatusResponse> { Value: { } job }:
                State = ReviewLinkState.Decided;
                Decision = job.Decision;
                break;
            case ValidationProblem validation:
                Errors = validation.ProblemDetails.Errors.ToDictionary();
                await LoadAsync(token);
                if (State == ReviewLinkState.Open)
                {
                    Response.StatusCode = StatusCodes.Status400BadRequest;
                }

                break;
            case ProblemHttpResult { StatusCode: StatusCodes.Status409Conflict }:
                await LoadAsync(token);
                break;
            case ProblemHttpResult { StatusCode: StatusCodes.Status410Gone }:
                await LoadGoneAsync(token);
                break;
            default:
                SetState(ReviewLinkState.Unknown);
                break;
        }

        return Page();
    }

    /// <summary>The messages for one field, or null.</summary>
    public string[]? ErrorsFor(string field) => Errors.TryGetValue(field, out var messages) ? messages : null;

    private async Task LoadAsync(string token)
    {
        switch ((await ApprovalApi.GetReviewAsync(token, cluster)).Result)
        {
            case Ok<ReviewResponse> { Value: { } review }:
                State = ReviewLinkState.Open;
                Review = review;
                break;
            case ProblemHttpResult { StatusCode: StatusCodes.Status410Gone }:
                await LoadGoneAsync(token);
                break;
            default:
                SetState(ReviewLinkState.Unknown);
                break;
        }
    }

    // A link stops working when it expires, is replaced, or was used: the job's decision tells the last apart.
    private async Task LoadGoneAsync(string token)
    {
        var hash = ApprovalTokenKey.TryCompute(token);
        var binding = hash is null ? null : await cluster.GetGrain<IApprovalTokenGrain>(hash).Resolve();
        var job = binding is null ? null : await cluster.GetGrain<IJobGrain>(binding.JobId).GetSnapshot();
        Decision = job?.Decision;
        SetState(Decision is null ? ReviewLinkState.Expired : ReviewLinkState.AlreadyDecided);
    }

    private void SetState(ReviewLinkState state)
    {
        State = state;
        Response.StatusCode = state switch
        {
            ReviewLinkState.AlreadyDecided => StatusCodes.Status409Conflict,
            ReviewLinkState.Expired => StatusCodes.Status410Gone,
            ReviewLinkState.Unknown => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status200OK,
        };
    }

    // The token is in the address: never send it on as a referrer, never keep the page in a cache.
    private void ProtectLink()
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers.CacheControl = "no-store";
    }
}
