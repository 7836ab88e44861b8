using Microsoft.AspNetCore.Http.HttpResults;

namespace EqualifyPdf.ClientApi.Apis;

/// <summary>The RFC 7807 answers shared by the endpoints.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not Found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static ProblemHttpResult TooLarge(long maxBytes) =>
        TypedResults.Problem(
            $"The file is larger than the limit of {maxBytes} bytes ({maxBytes / (1024 * 1024)} MB).",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Payload Too Large");
}
