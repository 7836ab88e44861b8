namespace EqualifyPdf.Cli.Service;

/// <summary>The service refused a request or could not be reached; <see cref="Exception.Message"/> is one line for the user.</summary>
internal sealed class ServiceException(string message, int? statusCode = null) : Exception(message)
{
    /// <summary>The HTTP status, or null when no answer came.</summary>
    public int? StatusCode { get; } = statusCode;
}
