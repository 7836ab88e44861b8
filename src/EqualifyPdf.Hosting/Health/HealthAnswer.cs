namespace EqualifyPdf.Hosting.Health;

/// <summary>
/// The body of <c>/health/live</c>, <c>/health/ready</c> and <c>/health</c> as an anonymous caller sees it. An operator
/// (and every caller of the silo's internal port) also gets <c>checked_at</c>, one <see cref="HealthCheckAnswer"/> per
/// check under its name (<c>redis</c>, <c>blob_store</c>, <c>cluster</c>, <c>llm</c> …) and each check's figures at the
/// top level (<c>active_silos</c>, <c>embedded_garnet</c>).
/// </summary>
/// <param name="Status"><c>healthy</c>, <c>degraded</c> or <c>unhealthy</c>.</param>
public sealed record HealthAnswer(string Status);

/// <summary>One check in an operator's health answer.</summary>
/// <param name="Status"><c>healthy</c>, <c>degraded</c> or <c>unhealthy</c>.</param>
/// <param name="Healthy">True when the check passed.</param>
/// <param name="LatencyMs">How long the check took.</param>
/// <param name="Error">Why it failed, when it did (operators only: it may name hosts).</param>
public sealed record HealthCheckAnswer(string Status, bool Healthy, double LatencyMs, string? Error);
