namespace EqualifyPdf.Hosting.Health;

/// <summary>The state of one dependency in the <c>/health</c> answer.</summary>
/// <param name="Healthy">True when the dependency answered.</param>
/// <param name="LatencyMs">How long the check took.</param>
/// <param name="Error">Why it failed, when it did.</param>
public sealed record ComponentHealth(bool Healthy, double LatencyMs, string? Error);
