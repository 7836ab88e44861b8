namespace EqualifyPdf.Hosting.Health;

/// <summary>The <c>Health</c> configuration section.</summary>
public sealed class HealthSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Health";

    /// <summary>How long one run of the readiness checks answers every probe, so a scrape storm or an
    /// unauthenticated flood cannot hammer Redis, the blob store and the cluster. Default 5 seconds.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest time one check may take before it counts as unhealthy. Default 5 seconds.</summary>
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
