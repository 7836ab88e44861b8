using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace EqualifyPdf.Storage.S3;

/// <summary>
/// Which S3 failures are worth retrying and count against a circuit: server errors, throttling, request timeouts and
/// network failures. Client errors (403, 404, bad requests) are answers, not outages, and pass straight through.
/// </summary>
internal static class S3TransientErrors
{
    private static readonly HashSet<string> TransientCodes = new(StringComparer.Ordinal)
    {
        "SlowDown", "RequestTimeout", "Throttling", "ThrottlingException", "RequestThrottled", "TooManyRequestsException",
        "InternalError", "ServiceUnavailable", "RequestTimeoutException",
    };

    public static bool IsTransient(Exception exception) => exception switch
    {
        // An open circuit is handled by the caller; retrying it would only wait for nothing.
        BrokenCircuitException => false,
        AmazonServiceException service when IsTransient(service) => true,
        TimeoutRejectedException or HttpRequestException or SocketException or IOException or TimeoutException => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };

    private static bool IsTransient(AmazonServiceException service) =>
        (int)service.StatusCode >= 500
        || service.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
        || (service.ErrorCode is { } code && TransientCodes.Contains(code));
}
