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

    /// <summary>Listen on every interface instead of the advertised address only. Default false: with the default
    /// advertised 127.0.0.1 nothing outside this machine reaches the silo or gateway ports.</summary>
    public bool ListenOnAnyHostAddress { get; set; }

    /// <summary>Smallest reminder period the silo accepts. Default 1 minute; tests lower it with the workflow's keep-alive.</summary>
    public TimeSpan MinimumReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a silo waits for a probe answer before counting it missed. Default 2 s (Orleans: 5 s), so a
    /// dead silo is declared dead within about 10 s: 3 missed probes, then 2 votes, then the table refresh.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Missed probes before a silo votes another dead. Default 3.</summary>
    public int NumMissedProbesLimit { get; set; } = 3;

    /// <summary>How often each silo re-reads the membership table. Default 10 s (Orleans: 60 s).</summary>
    public TimeSpan TableRefreshTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
