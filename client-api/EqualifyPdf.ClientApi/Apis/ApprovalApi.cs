using System.Security.Claims;
using EqualifyPdf.ClientApi.Approvals;
using EqualifyPdf.ClientApi.Auth;
using EqualifyPdf.ClientApi.Limits;
using EqualifyPdf.ClientApi.Models;
using EqualifyPdf.ClientApi.Security;
using EqualifyPdf.Contracts.Approvals;
using EqualifyPdf.Contracts.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EqualifyPdf.ClientApi.Apis;

/// <summary>
/// The reviewer's side of a PII approval: look at the masked findings, then approve or deny. The token in the path
/// is only ever hashed; it is neither stored nor logged. The token is the credential, so these routes need no API
/// key; their answers are neither cached nor passed on as a referrer.
/// </summary>
public static class ApprovalApi
{
    private const int MaxJustificationLength = 2000;
    private const int MaxReviewerLength = 200;

    /// <summary>The largest decision body accepted (justification and reviewer included).</summary>
    public const long MaxDecisionBytes = 16 * 1024;

    /// <summary>Maps <c>/api/v1/approval</c>.</summary>
    public static RouteGroupBuilder MapApprovalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/approval").WithTags("Approval").AllowAnonymous().WithNoStore();
        api.MapGet("{token}/review", GetReviewAsync).RequireRateLimiting(RateLimitPolicies.Reads);
        api.MapPost("{token}/decision", DecideAsync).RequireRateLimiting(RateLimitPolicies.Decisions)
            .WithRequestBodyLimit(MaxDecisionBytes);
        return api;
    }

    /// <summary>The job, expiry and masked findings a token grants access to.</summary>
    public static async Task<Results<Ok<ReviewResponse>, ProblemHttpResult>> GetReviewAsync(string token, IClusterClient cluster)
    {
        var hash = ApprovalTokenKey.TryCompute(token);
        var binding = hash is null ? null : await cluster.GetGrain<IApprovalTokenGrain>(hash).Resolve();
        if (binding is null)
        {
            return UnknownToken();
        }

        var review = await cluster.GetGrain<IJobGrain>(binding.JobId).GetReview(hash!);
        return review switch
        {
            { Outcome: CommandOutcome.Applied, JobId: { } jobId, ExpiresAt: { } expiresAt } => TypedResults.Ok(
                ReviewResponse.From(jobId, review.Filename ?? "", expiresAt, review.Findings, review.FindingCounts ?? new Dictionary<string, int>())),
            { Outcome: CommandOutcome.NotFound } => UnknownToken(),
            _ => TypedResults.Problem("This review link has expired or was already used.", statusCode: StatusCodes.Status410Gone, title: "Gone"),
        };
    }

    /// <summary>
    /// Records <c>approved</c> or <c>denied</c> with a justification; the job checks that the link is its live one. A
    /// caller with an API key is the reviewer on record; without one, <c>reviewed_by</c> is recorded as given.
    /// </summary>
    public static async Task<Results<Ok<JobStatusResponse>, Accepted<JobStatusResponse>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        string token, DecisionRequest request, ClaimsPrincipal user, IClusterClient cluster, TimeProvider time)
    {
        var reviewer = user.ReviewerName(request.ReviewedBy);
        var errors = Validate(request, reviewer, out var decision);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var hash = ApprovalTokenKey.TryCompute(token);
        var binding = hash is null ? null : await cluster.GetGrain<IApprovalTokenGrain>(hash).Resolve();
        if (binding is null)
        {
            return UnknownToken();
        }

        var result = await cluster.GetGrain<IJobGrain>(binding.JobId).Decide(
            new ReviewDecision(decision, request.Justification!.Trim(), reviewer!, time.GetUtcNow()), hash!);
        if (result.Outcome == CommandOutcome.NotFound)
        {
            return UnknownToken();
        }

        return CommandResults.ToHttp(result, acceptedWhenApplied: false).Result switch
        {
            Ok<JobStatusResponse> ok => ok,
            ProblemHttpResult problem => problem,
            var other => (Accepted<JobStatusResponse>)other,
        };
    }

    private static Dictionary<string, string[]> Validate(DecisionRequest request, string? reviewer, out DecisionKind decision)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        decision = DecisionKind.Denied;
        switch (request.Decision)
        {
            case "approved":
                decision = DecisionKind.Approved;
                break;
            case "denied":
                break;
            default:
                errors["decision"] = ["The decision must be 'approved' or 'denied'."];
                break;
        }

        if (string.IsNullOrWhiteSpace(request.Justification))
        {
            errors["justification"] = ["A justification is required."];
        }
        else if (request.Justification.Length > MaxJustificationLength)
        {
            errors["justification"] = [$"The justification is longer than {MaxJustificationLength} characters."];
        }

        if (string.IsNullOrWhiteSpace(reviewer))
        {
            errors["reviewed_by"] = ["Say who reviewed the document (reviewed_by)."];
        }
        else if (reviewer.Length > MaxReviewerLength)
        {
            errors["reviewed_by"] = [$"reviewed_by is longer than {MaxReviewerLength} characters."];
        }

        return errors;
    }

    private static ProblemHttpResult UnknownToken() =>
        Problems.NotFound("This review link is not valid.");
}
