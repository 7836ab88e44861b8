using EqualifyPdf.ClientApi.Tests.Infrastructure;

namespace EqualifyPdf.Cli.Tests.Infrastructure;

/// <summary>CLI tests against one real cluster: the API tests' <see cref="ClusterFixture"/> (production silo on an
/// embedded Garnet, client-api in-process).</summary>
[CollectionDefinition(Name)]
public sealed class CliClusterCollection : ICollectionFixture<ClusterFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "cli-cluster";
}
