using System.Text.Json;
using EqualifyPdf.ClientApi.Models;
using EqualifyPdf.ClientApi.Uploads;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EqualifyPdf.ClientApi.Apis;

/// <summary>Submit a PDF, follow its job, download results, cancel and retry.</summary>
public static class DocumentsApi
{
    private static readonly Dictionary<string, string> ResultContentTypes = new(StringComparer.Ordinal)
    {
        ["html"] = "text/html; charset=utf-8",
        ["markdown"] = "text/markdown; charset=utf-8",
        ["ledger"] = "application/json; charset=utf-8",
        ["metadata"] = "application/json; charset=utf-8",
    };

    /// <summary>Maps <c>/api/v1/documents</c>.</summary>
    public static RouteGroupBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/documents").WithTags("Documents");
        api.MapPost("submit", SubmitAsync).DisableAntiforgery();
        api.MapGet("{jobId}", GetStatusAsync);
        api.MapGet("{jobId}/result", GetResultAsync);
        api.MapPost("{jobId}/cancel", CancelAsync);
        api.MapPost("{jobId}/retry", RetryAsync);
        return api;
    }

    /// <summary>Streams the upload into the temp container, then starts the job.</summary>
    public static async Task<Results<Accepted<SubmitResponse>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpRequest request, [AsParameters] DocumentsServices services, CancellationToken cancellationToken)
    {
        var jobId = Guid.NewGuid().ToString("N");
        var uploadKey = $"uploads/{jobId}.pdf";
        var upload = await services.Uploads.ReceiveAsync(request, uploadKey, cancellationToken);
        switch (upload.Kind)
        {
            case UploadResultKind.TooLarge:
                return Problems.TooLarge(services.UploadOptions.Value.MaxBytes);
            case UploadResultKind.Invalid:
                return TypedResults.ValidationProblem(upload.Errors, detail: "The upload was rejected; nothing was stored.");
        }

        JobCommandResult result;
        try
        {
            result = await services.Cluster.GetGrain<IJobGrain>(jobId).Submit(
                new SubmitJobRequest(upload.Filename, uploadKey, upload.SizeBytes, upload.Title, upload.Language, "api"));
        }
        catch
        {
            // No job owns the blob yet: remove it so a failed submit leaves nothing behind.
            await services.Blobs.DeleteAsync(BlobContainers.Temp, uploadKey, CancellationToken.None);
            throw;
        }

        if (result.Job is null)
        {
            return Problems.Conflict(result.Message ?? "The job could not be created.");
        }

        var statusUrl = StatusUrl(request, jobId);
        return TypedResults.Accepted(statusUrl, new SubmitResponse(jobId, result.Job.Status, statusUrl));
    }

    /// <summary>The job's status, stage, progress and history.</summary>
    public static async Task<Results<Ok<JobStatusResponse>, ProblemHttpResult>> GetStatusAsync(string jobId, IClusterClient cluster)
    {
        var job = JobIds.IsValid(jobId) ? await cluster.GetGrain<IJobGrain>(jobId).GetSnapshot() : null;
        return job is null ? Problems.NotFound($"No job has the id '{jobId}'.") : TypedResults.Ok(JobStatusResponse.From(job));
    }

    /// <summary>
    /// One output of a completed job: html, markdown, ledger or metadata. A store that hands out direct URLs (S3)
    /// answers 302 to a presigned GET; <c>?inline=true</c> streams through the API instead.
    /// </summary>
    public static async Task<Results<FileStreamHttpResult, RedirectHttpResult, ValidationProblem, ProblemHttpResult>> GetResultAsync(
        string jobId, string? format, bool? inline, [AsParameters] DocumentsServices services, CancellationToken cancellationToken)
    {
        format = string.IsNullOrEmpty(format) ? "html" : format.ToLowerInvariant();
        if (!ResultContentTypes.TryGetValue(format, out var contentType))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["format"] = [$"Unknown format '{format}'; use html, markdown, ledger or metadata."],
            });
        }

        var job = JobIds.IsValid(jobId) ? await services.Cluster.GetGrain<IJobGrain>(jobId).GetSnapshot() : null;
        if (job is null)
        {
            return Problems.NotFound($"No job has the id '{jobId}'.");
        }

        if (job.Status != JobStatus.Completed)
        {
            return Problems.Conflict(
                $"The job is {JsonNamingPolicy.SnakeCaseLower.ConvertName(job.Status.ToString())}; results exist once it is completed.");
        }

        if (job.ResultKeys.TryGetValue(format, out var key) && inline != true
            && await services.Blobs.GetReadUrlAsync(BlobContainers.Results, key, cancellationToken: cancellationToken) is { } url)
        {
            return TypedResults.Redirect(url.AbsoluteUri);
        }

        var content = key is not null
            ? await services.Blobs.OpenReadAsync(BlobContainers.Results, key, cancellationToken)
            : null;
        return content is null
            ? Problems.NotFound($"The {format} result of this job is no longer available.")
            : TypedResults.Stream(content, contentType);
    }

    /// <summary>Cancels a job that has not finished.</summary>
    public static async Task<Results<Ok<JobStatusResponse>, Accepted<JobStatusResponse>, ProblemHttpResult>> CancelAsync(
        string jobId, IClusterClient cluster)
    {
        if (!JobIds.IsValid(jobId))
        {
            return Problems.NotFound($"No job has the id '{jobId}'.");
        }

        return CommandResults.ToHttp(await cluster.GetGrain<IJobGrain>(jobId).Cancel("api"), acceptedWhenApplied: false);
    }

    /// <summary>Resumes a failed job from its last good checkpoint.</summary>
    public static async Task<Results<Ok<JobStatusResponse>, Accepted<JobStatusResponse>, ProblemHttpResult>> RetryAsync(
        string jobId, HttpRequest request, IClusterClient cluster)
    {
        if (!JobIds.IsValid(jobId))
        {
            return Problems.NotFound($"No job has the id '{jobId}'.");
        }

        var result = await cluster.GetGrain<IJobGrain>(jobId).Retry("api");
        return CommandResults.ToHttp(result, acceptedWhenApplied: true, StatusUrl(request, jobId));
    }

    private static string StatusUrl(HttpRequest request, string jobId) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}/api/v1/documents/{jobId}";
}
