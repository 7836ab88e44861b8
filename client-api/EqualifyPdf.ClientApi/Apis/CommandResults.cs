using System.Text.Json;
using EqualifyPdf.ClientApi.Models;
using EqualifyPdf.Contracts.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EqualifyPdf.ClientApi.Apis;

/// <summary>Maps a grain's <see cref="JobCommandResult"/> onto HTTP, 1:1 by <see cref="CommandOutcome"/>.</summary>
internal static class CommandResults
{
    public static Results<Ok<JobStatusResponse>, Accepted<JobStatusResponse>, ProblemHttpResult> ToHttp(
        JobCommandResult result, bool acceptedWhenApplied, string? location = null) => result switch
    {
        { Outcome: CommandOutcome.Applied, Job: { } job } when acceptedWhenApplied =>
            TypedResults.Accepted(location, JobStatusResponse.From(job)),
        { Outcome: CommandOutcome.Applied or CommandOutcome.AlreadyApplied, Job: { } job } =>
            TypedResults.Ok(JobStatusResponse.From(job)),
        { Outcome: CommandOutcome.Gone } =>
            TypedResults.Problem(result.Message ?? "This link has expired or was already used.", statusCode: StatusCodes.Status410Gone, title: "Gone"),
        { Outcome: CommandOutcome.NotFound } or { Outcome: CommandOutcome.Applied or CommandOutcome.AlreadyApplied, Job: null } =>
            Problems.NotFound(result.Message ?? "No job has this id."),
        _ => TypedResults.Problem(
            result.Message ?? $"The job is {(result.Job is { } j ? JsonNamingPolicy.SnakeCaseLower.ConvertName(j.Status.ToString()) : "in another state")}: the command does not apply.",
            statusCode: StatusCodes.Status409Conflict,
            title: "Conflict"),
    };
}
