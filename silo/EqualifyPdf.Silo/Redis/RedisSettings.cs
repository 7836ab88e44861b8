namespace EqualifyPdf.Silo.Redis;

/// <summary>
/// The <c>Redis</c> configuration section. With no <see cref="ConnectionString"/>, the silo starts an embedded
/// Garnet on 127.0.0.1:<see cref="EmbeddedPort"/> with its data under <see cref="EmbeddedDataPath"/>.
/// </summary>
public sealed class RedisSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis connection string (env <c>Redis__ConnectionString</c>); empty = embedded Garnet.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Port the embedded Garnet listens on (127.0.0.1 only).</summary>
    public int EmbeddedPort { get; set; } = EqualifyPdf.Hosting.Redis.RedisEndpoint.DefaultEmbeddedPort;

    /// <summary>Folder of the embedded Garnet's append-only file and checkpoints. Default <c>./data/garnet</c>.</summary>
    public string EmbeddedDataPath { get; set; } = "./data/garnet";

    /// <summary>
    /// When true (default) Garnet answers a write only after its AOF commit reached the file, so a state write a grain
    /// saw succeed survives <c>kill -9</c>. Turning it off trades that guarantee for latency (see README figures).
    /// </summary>
    public bool EmbeddedCommitWait { get; set; } = true;

    /// <summary>
    /// How often (milliseconds) Garnet commits its AOF; 0 = after every operation. With commit-wait, writes that
    /// arrive within one interval share one commit (group commit): each still answers only once it is on disk.
    /// </summary>
    public int EmbeddedCommitFrequencyMs { get; set; }

    /// <summary>Least severe level of the embedded Garnet's own log lines. Default Warning.</summary>
    public LogLevel EmbeddedLogLevel { get; set; } = LogLevel.Warning;

    /// <summary>True when the silo must host Garnet itself.</summary>
    public bool UsesEmbeddedGarnet => string.IsNullOrWhiteSpace(ConnectionString);

    /// <summary>The connection string Orleans and the health probe use.</summary>
    public string EffectiveConnectionString => UsesEmbeddedGarnet ? $"127.0.0.1:{EmbeddedPort}" : ConnectionString!;
}
