using System.Globalization;
using EqualifyPdf.ClientApi.Auth;
using EqualifyPdf.ClientApi.Models;
using EqualifyPdf.Contracts.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EqualifyPdf.ClientApi.Apis;

/// <summary>
/// Live progress as Server-Sent Events: <c>status</c>, <c>progress</c>, <c>page</c>, <c>done</c>, each with the job's
/// sequence number as <c>id:</c>, resumable with <c>Last-Event-ID</c>. API clients call <c>/events</c> with their key;
/// browsers get a single-use token and open <c>/stream?token=</c> with <c>EventSource</c>.
/// </summary>
public static class EventsApi
{
    /// <summary>Maps the event routes under <c>/api/v1/documents/{job_id}</c>.</summary>
    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/documents").WithTags("Live progress");
        api.MapGet("{jobId}/events", GetEventsAsync).RequireAuthorization(AuthPolicies.Submitter);
        api.MapPost("{jobId}/stream/token", CreateStreamTokenAsync).RequireAuthorization(AuthPolicies.Submitter);
        // The token is the credential here: EventSource cannot send an API key.
        api.MapGet("{jobId}/stream", GetStreamAsync).AllowAnonymous();
        return api;
    }

    /// <summary>The job's events from <c>Last-Event-ID</c> on (all recent ones without it), until <c>done</c>.</summary>
    public static async Task<Results<ServerSentEventsResult<string>, ProblemHttpResult>> GetEventsAsync(
        string jobId, HttpContext context, [AsParameters] EventsServices services)
    {
        var job = JobIds.IsValid(jobId) ? await services.Cluster.GetGrain<IJobGrain>(jobId).GetSnapshot() : null;
        if (job is null || !context.User.MaySee(job.SubmittedBy))
        {
            return Problems.NotFound($"No job has the id '{jobId}'.");
        }

        return Feed(jobId, context, services);
    }

    /// <summary>A single-use token (valid 300 s) and the URL that opens the job's stream with it.</summary>
    public static async Task<Results<Ok<StreamTokenResponse>, ProblemHttpResult>> CreateStreamTokenAsync(
        string jobId, HttpContext context, [AsParameters] EventsServices services)
    {
        var job = JobIds.IsValid(jobId) ? await services.Cluster.GetGrain<IJobGrain>(jobId).GetSnapshot() : null;
        if (job is null || !context.User.MaySee(job.SubmittedBy))
        {
            return Problems.NotFound($"No job has the id '{jobId}'.");
        }

        var (token, expires) = await services.Tokens.IssueAsync(jobId);
        var request = context.Request;
        var url = $"{request.Scheme}://{request.Host}{request.PathBase}/api/v1/documents/{jobId}/stream?token={token}";
        return TypedResults.Ok(new StreamTokenResponse(token, expires, url));
    }

    /// <summary>The same events as <c>/events</c>, for the holder of a token from <c>/stream/token</c> (used up here).</summary>
    public static async Task<Results<ServerSentEventsResult<string>, ProblemHttpResult>> GetStreamAsync(
        string jobId, string? token, HttpContext context, [AsParameters] EventsServices services)
    {
        if (!JobIds.IsValid(jobId) || !await services.Tokens.RedeemAsync(jobId, token))
        {
            return TypedResults.Problem("The stream token is unknown, expired or already used; ask for a new one.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        return Feed(jobId, context, services);
    }

    private static ServerSentEventsResult<string> Feed(string jobId, HttpContext context, EventsServices services)
    {
        var lastEventId = context.Request.Headers["Last-Event-ID"].ToString();
        var after = long.TryParse(lastEventId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        return TypedResults.ServerSentEvents(services.Feed.ReadAsync(jobId, after, context.RequestAborted));
    }
}
