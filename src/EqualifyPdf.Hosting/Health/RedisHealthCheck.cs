using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EqualifyPdf.Hosting.Health;

/// <summary>PINGs the cluster's Redis (or the embedded Garnet) over the probe's own connection.</summary>
/// <param name="probe">The shared probe connection.</param>
/// <param name="embeddedGarnet">True on the silo that hosts Garnet itself, false on another silo, null on the API; reported as <c>embedded_garnet</c>.</param>
internal sealed class RedisHealthCheck(RedisProbe probe, bool? embeddedGarnet) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var error = await probe.PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        var data = embeddedGarnet is { } embedded
            ? new Dictionary<string, object> { ["embedded_garnet"] = embedded }
            : new Dictionary<string, object>();
        return error is null
            ? HealthCheckResult.Healthy("Redis answers PING.", data)
            : new HealthCheckResult(context.Registration.FailureStatus, $"Redis does not answer: {error}", data: data);
    }
}
