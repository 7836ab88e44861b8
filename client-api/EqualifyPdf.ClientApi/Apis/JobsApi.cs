using System.Text.Json;
using EqualifyPdf.ClientApi.Auth;
using EqualifyPdf.ClientApi.Models;
using EqualifyPdf.ClientApi.Queries;
using EqualifyPdf.Contracts.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EqualifyPdf.ClientApi.Apis;

/// <summary>The operator's queries over every job, answered from the Redis job index (never a scan of grains).</summary>
public static class JobsApi
{
    /// <summary>Maps <c>/api/v1/jobs</c> and <c>/api/v1/approvals/pending</c> (operators only).</summary>
    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("api/v1/jobs").WithTags("Operator").RequireAuthorization(AuthPolicies.Operator);
        jobs.MapGet("", ListAsync);
        jobs.MapGet("stats", GetStatsAsync);
        app.MapGet("api/v1/approvals/pending", ListPendingAsync).WithTags("Operator").RequireAuthorization(AuthPolicies.Operator);
        return app;
    }

    /// <summary>Jobs newest first, filtered by status, submitter, creation time and (for failed jobs) error category.</summary>
    public static async Task<Results<Ok<JobListResponse>, ValidationProblem>> ListAsync(
        string? status, [FromQuery(Name = "submitted_by")] string? submittedBy, DateTimeOffset? since, string? category, int? limit, string? cursor,
        IJobIndex index, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var statusValue = ParseEnum<JobStatus>(status, "status", errors);
        var categoryValue = ParseEnum<ErrorCategory>(category, "category", errors);
        if (limit is < 1 or > 200)
        {
            errors["limit"] = ["limit must be between 1 and 200."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await index.ListAsync(
            new JobListQuery(statusValue, string.IsNullOrEmpty(submittedBy) ? null : submittedBy, since, categoryValue, limit ?? 50, cursor),
            cancellationToken);
        return TypedResults.Ok(new JobListResponse(page.Items, page.NextCursor));
    }

    /// <summary>Counts by status, the oldest pending approval and the queue depth.</summary>
    public static async Task<Ok<JobStatsResponse>> GetStatsAsync(IJobIndex index, CancellationToken cancellationToken)
    {
        var stats = await index.GetStatsAsync(cancellationToken);
        return TypedResults.Ok(new JobStatsResponse(
            stats.Counts.ToDictionary(c => Wire(c.Key), c => c.Value), stats.OldestPendingApproval, stats.QueueDepth));
    }

    /// <summary>Jobs awaiting a PII decision, oldest first.</summary>
    public static async Task<Ok<PendingApprovalsResponse>> ListPendingAsync(int? limit, IJobIndex index, CancellationToken cancellationToken) =>
        TypedResults.Ok(new PendingApprovalsResponse(await index.ListPendingApprovalsAsync(limit ?? 200, cancellationToken)));

    private static T? ParseEnum<T>(string? value, string field, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Wire(candidate) == value)
            {
                return candidate;
            }
        }

        errors[field] = [$"Unknown {field} '{value}'; use one of {string.Join(", ", Enum.GetValues<T>().Select(v => Wire(v)))}."];
        return null;
    }

    private static string Wire<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
