using System.Text.Json;
using EqualifyPdf.ClientApi.Auth;
using EqualifyPdf.ClientApi.Models;
using EqualifyPdf.ClientApi.Uploads;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EqualifyPdf.ClientApi.Apis;

/// <summary>Submit a PDF, follow its job, download results, cancel and retry.</summary>
public static class DocumentsApi
{
    /// <summary>Maps <c>/api/v1/documents</c>.</summary>
    public static RouteGroupBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/documents").WithTags("Documents");
        api.MapPost("submit", SubmitAsync).DisableAntiforgery();
        api.MapGet("{jobId}", GetStatusAsync);
        api.MapGet("{jobId}/result", GetResultAsync);
        api.MapPost("{jobId}/cancel", CancelAsync);
        api.MapPost("{jobId}/retry", RetryAsync);
        api.MapGet("{jobId}/ledger", GetLedgerAsync).RequireAuthorization(AuthPolicies.Submitter);
        return api;
    }

    /// <summary>
    /// Streams the upload into the temp container, then starts the job. With an <c>Idempotency-Key</c> header the job
    /// id derives from the key, so sending the same request again (say, after a time-out) answers with the same job
    /// instead of creating a second one. A failure of ours answers 503 with <c>Retry-After</c>, and the upload is
    /// deleted only when the job certainly does not exist.
    /// </summary>
    public static async Task<Results<Accepted<SubmitResponse>, ValidationProblem, ProblemHttpResult, EmptyHttpResult>> SubmitAsync(
        HttpRequest request, [AsParameters] DocumentsServices services, CancellationToken cancellationToken)
    {
        var submittedBy = request.HttpContext.User.CallerName();
        var idempotencyKey = request.Headers["Idempotency-Key"].ToString();
        if (idempotencyKey.Length > 0 && !IdempotencyKeys.IsValid(idempotencyKey))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["Idempotency-Key"] = [$"The Idempotency-Key header must be 1 to {IdempotencyKeys.MaxLength} printable ASCII characters."],
            });
        }

        var jobId = idempotencyKey.Length > 0 ? IdempotencyKeys.JobIdFor(submittedBy, idempotencyKey) : Guid.NewGuid().ToString("N");
        var jobs = services.Cluster.GetGrain<IJobGrain>(jobId);
        if (idempotencyKey.Length > 0 && await jobs.GetSnapshot() is { } existing)
        {
            // A repeat: same job, same answer, and the body is not read (nor stored over the running job's upload).
            return Accepted(request, existing);
        }

        // Admission: a silo far behind gets no more work, and the upload is refused before a byte of it is read.
        if (await services.Cluster.GetGrain<IDocumentBacklogGrain>(0).GetBacklog() > services.UploadOptions.Value.MaxBacklog)
        {
            await ServiceUnavailableHandler.WriteAsync(request.HttpContext, services.Problems,
                "The service is converting many documents right now. Nothing was stored; send the upload again later.");
            return TypedResults.Empty;
        }

        var uploadKey = JobBlobKeys.Upload(jobId);
        var rules = new SubmitRules(request.HttpContext.User.IsOperator(), services.OcrLanguages.GetAsync);
        var upload = await services.Uploads.ReceiveAsync(request, uploadKey, rules, cancellationToken);
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
            var options = upload.Options ?? SubmitOptions.Default;
            result = await jobs.Submit(new SubmitJobRequest(upload.Filename, uploadKey, upload.SizeBytes, upload.Title, upload.Language, submittedBy,
                options.ReviewMode, options.OcrLanguages, options.SkipPiiScan, options.SkipReason));
        }
        catch (Exception e) when (ServiceUnavailableHandler.IsOurs(e))
        {
            // The job may exist all the same (a write that timed out after it reached storage): ask before deleting.
            if (await JobExistsAsync(jobs) is { } created)
            {
                return Accepted(request, created);
            }

            throw;
        }

        if (result.Job is null)
        {
            await services.Blobs.DeleteAsync(BlobContainers.Temp, uploadKey, CancellationToken.None);
            return Problems.Conflict(result.Message ?? "The job could not be created.");
        }

        return Accepted(request, result.Job);

        // Null when the job certainly does not exist (then its upload is removed) and when that cannot be told (then
        // the upload stays for the sweeper, which removes it once no active job owns it).
        async Task<JobSnapshot?> JobExistsAsync(IJobGrain job)
        {
            try
            {
                var snapshot = await job.GetSnapshot();
                if (snapshot is null)
                {
                    await services.Blobs.DeleteAsync(BlobContainers.Temp, uploadKey, CancellationToken.None);
                }

                return snapshot;
            }
            catch (Exception e) when (ServiceUnavailableHandler.IsOurs(e))
            {
                return null;
            }
        }
    }

    private static Accepted<SubmitResponse> Accepted(HttpRequest request, JobSnapshot job)
    {
        var statusUrl = StatusUrl(request, job.JobId);
        return TypedResults.Accepted(statusUrl, new SubmitResponse(job.JobId, job.Status, statusUrl, job.EstimatedCompletionMinutes));
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
        if (!ResultNames.ContentTypes.TryGetValue(format, out var contentType))
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

    /// <summary>The correction ledger of a completed job (the Equalify reflow route; the same as <c>result?format=ledger</c>).</summary>
    public static Task<Results<FileStreamHttpResult, RedirectHttpResult, ValidationProblem, ProblemHttpResult>> GetLedgerAsync(
        string jobId, bool? inline, [AsParameters] DocumentsServices services, CancellationToken cancellationToken) =>
        GetResultAsync(jobId, ResultNames.Ledger, inline, services, cancellationToken);

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
