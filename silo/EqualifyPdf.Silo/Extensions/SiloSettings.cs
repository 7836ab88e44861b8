namespace EqualifyPdf.Silo.Extensions;

/// <summary>The <c>Orleans</c> configuration section: cluster identity and this silo's endpoints.</summary>
public sealed class SiloSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Orleans";

    /// <summary>Cluster id shared by all silos and clients of one deployment.</summary>
    public string ClusterId { get; set; } = "equalifypdf";

    /// <summary>Service id; keys grain state and reminders, so keep it stable across deployments.</summary>
    public string ServiceId { get; set; } = "equalifypdf";

    /// <summary>Silo-to-silo port; unique per silo process on one host.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Client gateway port; unique per silo process on one host.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Address advertised to the cluster; empty = this host's first IPv4 address (containers).</summary>
    public string? AdvertisedIP { get; set; } = "127.0.0.1";

    /// <summary>Smallest reminder period the silo accepts. Default 1 minute; tests lower it with the workflow's keep-alive.</summary>
    public TimeSpan MinimumReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
