using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EqualifyPdf.Hosting.Health;

/// <summary>Counts the active silos in the membership, as this process sees it (a silo, or the API's Orleans client);
/// none is unhealthy. Reported as <c>active_silos</c>.</summary>
internal sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(cancellationToken).ConfigureAwait(false);
            var data = new Dictionary<string, object> { ["active_silos"] = hosts.Count };
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"{hosts.Count} active silo(s).", data)
                : new HealthCheckResult(context.Registration.FailureStatus, "No active silo.", data: data);
        }
        catch (Exception e) when (e is OrleansException or TimeoutException or InvalidOperationException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The cluster does not answer: {e.Message}",
                data: new Dictionary<string, object> { ["active_silos"] = 0 });
        }
    }
}
