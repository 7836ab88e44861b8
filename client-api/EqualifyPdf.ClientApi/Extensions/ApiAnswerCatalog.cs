namespace EqualifyPdf.ClientApi.Extensions;

/// <summary>
/// The answers a route's return type cannot tell the OpenAPI generator: the status codes behind a
/// <c>ProblemHttpResult</c> and the file or redirect of a download. Keyed by <c>METHOD path</c> as the document names
/// the operation; a route that declares its answers itself (<c>Produces</c>, <c>ProducesProblem</c>) needs no entry.
/// </summary>
internal static class ApiAnswerCatalog
{
    /// <summary>One documented answer: status code, description, and the media types of its body (none = problem details).</summary>
    internal sealed record Answer(int Status, string Description, params string[] MediaTypes);

    public static readonly IReadOnlyDictionary<string, Answer[]> Routes = new Dictionary<string, Answer[]>(StringComparer.Ordinal)
    {
        ["POST /api/v1/documents/submit"] =
        [
            new(409, "The idempotency key was used for a different upload."),
            new(413, "The upload is larger than Uploads:MaxBytes."),
        ],
        ["GET /api/v1/documents/{jobId}"] = [new(404, "No job has this id.")],
        ["GET /api/v1/documents/{jobId}/result"] =
        [
            new(200, "The result file (html, markdown, ledger or metadata).", "text/html", "text/markdown", "application/json"),
            new(302, "The S3 store's presigned GET of the result (unless inline=true).", []),
            new(404, "No job has this id, or the result is no longer available."),
            new(409, "The job has not completed."),
        ],
        ["GET /api/v1/documents/{jobId}/ledger"] =
        [
            new(200, "The correction ledger (the Equalify reflow route; as result?format=ledger).", "application/json"),
            new(302, "The S3 store's presigned GET of the ledger (unless inline=true).", []),
            new(404, "No job has this id, or the ledger is no longer available."),
            new(409, "The job has not completed."),
        ],
        ["POST /api/v1/documents/{jobId}/cancel"] = [new(404, "No job has this id."), new(409, "The job already finished.")],
        ["POST /api/v1/documents/{jobId}/retry"] =
            [new(404, "No job has this id."), new(409, "The job has not failed, or its attempts are used up.")],
        ["GET /api/v1/approval/{token}/review"] =
            [new(404, "Unknown link."), new(410, "The link expired, was used, or was replaced by a newer one.")],
        ["POST /api/v1/approval/{token}/decision"] =
        [
            new(404, "Unknown link."),
            new(409, "The job was already decided the other way."),
            new(410, "The link expired, was used, or was replaced by a newer one."),
        ],
    };
}
