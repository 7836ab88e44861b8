using EqualifyPdf.Corrections.Llm.Calls;
using EqualifyPdf.Corrections.Llm.Options;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Corrections.Llm.Health;

/// <summary>
/// The model's state for <c>/health</c>: last success, recent error rate and the circuit. When no call succeeded within
/// <see cref="LlmOptions.HealthProbeInterval"/>, a one-token probe of the fast model runs, and its answer is reused for
/// the interval, so health polling costs at most one tiny call per interval. Never unhealthy: without the model the
/// pages keep the rule-based result, so the silo is degraded, not down.
/// </summary>
public sealed class LlmHealthCheck(LlmGateway gateway, LlmCallStats stats, IOptions<LlmOptions> options, TimeProvider time) : IHealthCheck
{
    private readonly SemaphoreSlim _probe = new(1, 1);
    private (DateTimeOffset At, bool Ok)? _lastProbe;

    /// <summary>The name the check is registered under.</summary>
    public const string Name = "llm";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var fresh = stats.LastSuccess is { } last && now - last < o.HealthProbeInterval;
        var ok = fresh || await ProbeAsync(now, o, cancellationToken).ConfigureAwait(false);
        var data = new Dictionary<string, object>
        {
            ["model"] = o.FastModel,
            ["circuit"] = stats.CircuitState,
            ["error_rate"] = Math.Round(stats.ErrorRate, 3),
            ["last_success"] = stats.LastSuccess?.ToString("O") ?? "",
        };
        return ok && stats.CircuitState == "closed"
            ? HealthCheckResult.Healthy("The model answers.", data)
            : HealthCheckResult.Degraded("The model does not answer; pages keep the rule-based result.", data: data);
    }

    private async Task<bool> ProbeAsync(DateTimeOffset now, LlmOptions o, CancellationToken cancellationToken)
    {
        await _probe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_lastProbe is { } cached && now - cached.At < o.HealthProbeInterval)
            {
                return cached.Ok;
            }

            bool ok;
            try
            {
                await gateway.CompleteAsync(o.FastModel, [new ChatMessage(ChatRole.User, "Answer OK.")], cancellationToken).ConfigureAwait(false);
                ok = true;
            }
            catch (LlmUnavailableException)
            {
                ok = false;
            }

            _lastProbe = (now, ok);
            return ok;
        }
        finally
        {
            _probe.Release();
        }
    }
}
