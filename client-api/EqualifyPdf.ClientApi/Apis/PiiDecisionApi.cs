using EqualifyPdf.ClientApi.Auth;
using EqualifyPdf.ClientApi.Models;
using EqualifyPdf.Contracts.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EqualifyPdf.ClientApi.Apis;

/// <summary>
/// Approve or deny a job's PII by job id, as Equalify reflow clients do (reviewers and operators; the review link
/// of <see cref="ApprovalApi"/> needs no role). 409 unless the job is awaiting approval.
/// </summary>
public static class PiiDecisionApi
{
    private const int MinReviewerLength = 3;
    private const int MaxReviewerLength = 200;
    private const int MinJustificationLength = 10;
    private const int MaxJustificationLength = 1000;

    /// <summary>Maps <c>/api/v1/documents/{job_id}/pii/approve|deny</c>.</summary>
    public static RouteGroupBuilder MapPiiDecisionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/documents").WithTags("Approval").RequireAuthorization(AuthPolicies.Reviewer);
        api.MapPost("{jobId}/pii/approve", (string jobId, PiiDecisionRequest request, IClusterClient cluster, TimeProvider time) =>
            DecideAsync(jobId, DecisionKind.Approved, request, cluster, time));
        api.MapPost("{jobId}/pii/deny", (string jobId, PiiDecisionRequest request, IClusterClient cluster, TimeProvider time) =>
            DecideAsync(jobId, DecisionKind.Denied, request, cluster, time));
        return api;
    }

    /// <summary>Records the decision; the job's status answer on success.</summary>
    public static async Task<Results<Ok<JobStatusResponse>, Accepted<JobStatusResponse>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        string jobId, DecisionKind decision, PiiDecisionRequest request, IClusterClient cluster, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cluster);
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!JobIds.IsValid(jobId))
        {
            return Problems.NotFound($"No job has the id '{jobId}'.");
        }

        var result = await cluster.GetGrain<IJobGrain>(jobId).DecideById(
            new ReviewDecision(decision, request.Justification!.Trim(), request.ReviewedBy!.Trim(), time.GetUtcNow()));
        return CommandResults.ToHttp(result, acceptedWhenApplied: false).Result switch
        {
            Ok<JobStatusResponse> ok => ok,
            ProblemHttpResult problem => problem,
            var other => (Accepted<JobStatusResponse>)other,
        };
    }

    private static Dictionary<string, string[]> Validate(PiiDecisionRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var reviewer = request.ReviewedBy?.Trim() ?? "";
        if (reviewer.Length is < MinReviewerLength or > MaxReviewerLength)
        {
            errors["reviewed_by"] = [$"reviewed_by must be {MinReviewerLength} to {MaxReviewerLength} characters."];
        }

        var justification = request.Justification?.Trim() ?? "";
        if (justification.Length is < MinJustificationLength or > MaxJustificationLength)
        {
            errors["justification"] = [$"The justification must be {MinJustificationLength} to {MaxJustificationLength} characters."];
        }

        return errors;
    }
}
