using EqualifyPdf.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EqualifyPdf.Hosting.Health;

/// <summary>Asks the blob store (local folder or S3) whether it can be written.</summary>
internal sealed class BlobStoreHealthCheck(IBlobStore blobs) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await blobs.IsHealthyAsync(cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy("The blob store can be written.")
                : new HealthCheckResult(context.Registration.FailureStatus, "The blob store cannot be written.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BlobStoreUnavailableException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The blob store failed: {e.Message}");
        }
    }
}
