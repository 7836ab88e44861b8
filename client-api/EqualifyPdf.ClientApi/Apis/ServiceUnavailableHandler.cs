using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Storage;
using Microsoft.AspNetCore.Diagnostics;

namespace EqualifyPdf.ClientApi.Apis;

/// <summary>
/// Turns a failure of ours — the cluster, grain storage or the blob store not answering — into 503 problem details
/// with <c>Retry-After</c>, never a 500: the request was fine and may simply be sent again. Nothing the caller sent
/// is lost (see <see cref="DocumentsApi.SubmitAsync"/>).
/// </summary>
internal sealed class ServiceUnavailableHandler(IProblemDetailsService problems, ILogger<ServiceUnavailableHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client should wait before it tries again.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsOurs(exception))
        {
            return false;
        }

        logger.LogWarning("Request failed on an unavailable component: {Error}", exception.GetType().Name);
        await WriteAsync(httpContext, problems, "A part of the service did not answer in time. Nothing was lost; send the request again.");
        return true;
    }

    /// <summary>Writes the 503 answer (also used by admission control before an upload is read).</summary>
    public static async Task WriteAsync(HttpContext httpContext, IProblemDetailsService problems, string detail)
    {
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "Service Unavailable", Detail = detail },
        });
    }

    /// <summary>Cluster, storage and I/O failures. A type the API cannot load (a silo-side storage exception) arrives as
    /// a <see cref="TypeLoadException"/> or an Orleans wrapper and counts too.</summary>
    public static bool IsOurs(Exception exception) => exception is StorageUnavailableException or BlobStoreUnavailableException or OrleansException
        or TimeoutException or TypeLoadException or IOException or StackExchange.Redis.RedisException
        || (exception.InnerException is { } inner && IsOurs(inner));
}
