using Orleans.Serialization;

namespace EqualifyPdf.Contracts;

/// <summary>
/// The exceptions that cross between silos and clients with their type. Orleans serializes only exception types of
/// the namespaces it is told about (by default System, Microsoft and Azure) or with a generated serializer; any other
/// fails to serialize on the sender, and the caller gets a serialization error instead of the outage. A page grain's
/// blob-store or Redis outage then looked like a bug to its job on another silo, which failed the job instead of
/// waiting for storage. Silos and clients both apply this.
/// </summary>
public static class WireExceptions
{
    /// <summary>Ours, and those of the clients our grains call: Redis, the AWS SDK (S3), Polly's circuit and timeout.</summary>
    public static IReadOnlyList<string> Namespaces { get; } = ["EqualifyPdf", "StackExchange.Redis", "Amazon", "Polly"];

    /// <summary>Adds <see cref="Namespaces"/> to the options.</summary>
    public static void Allow(ExceptionSerializationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.SupportedNamespacePrefixes.UnionWith(Namespaces);
    }
}
