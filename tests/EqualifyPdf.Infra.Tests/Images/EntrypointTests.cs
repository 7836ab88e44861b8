using EqualifyPdf.Infra.Tests.Support;

namespace EqualifyPdf.Infra.Tests.Images;

/// <summary>
/// <c>infra/docker-entrypoint.sh</c> run for real under <c>/bin/sh</c> (dash on Debian, as in the images), with
/// <c>env</c> standing in for the host process so the test sees exactly the environment the host would get.
/// </summary>
public sealed class EntrypointTests
{
    // Pretty-printed on purpose: the script must not depend on ECS's current whitespace.
    private const string ContainerMetadata = """
        {
          "DockerId": "cd189a933e5849daa93386466019ab50-2495160603",
          "Name": "silo",
          "Networks": [
            {
              "NetworkMode": "awsvpc",
              "IPv4Addresses": [ "10.0.2.106" ],
              "IPv4SubnetCIDRBlock": "10.0.2.0/22"
            }
          ]
        }
        """;

    private static readonly string Script = RepositoryPaths.Of("infra", "docker-entrypoint.sh");

    [SkippableFact]
    public async Task Entrypoint_OnEcs_AdvertisesTheTaskAddressFromMetadata()
    {
        SkipWithoutCurl();
        using var metadata = new FakeTaskMetadataEndpoint(ContainerMetadata);

        var result = await RunAsync(new() { ["ECS_CONTAINER_METADATA_URI_V4"] = metadata.Uri.ToString() });

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal("10.0.2.106", Variables(result)["Orleans__AdvertisedIP"]);
    }

    [SkippableFact]
    public async Task Entrypoint_MetadataWithoutAddress_FailsWithAMessage()
    {
        SkipWithoutCurl();
        using var metadata = new FakeTaskMetadataEndpoint("""{"Networks":[{"NetworkMode":"awsvpc","IPv4Addresses":[]}]}""");

        var result = await RunAsync(new() { ["ECS_CONTAINER_METADATA_URI_V4"] = metadata.Uri.ToString() });

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no IPv4 address in the task metadata", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public async Task Entrypoint_ExplicitAddress_WinsOverMetadata()
    {
        var result = await RunAsync(new()
        {
            ["Orleans__AdvertisedIP"] = "192.0.2.7",
            ["ECS_CONTAINER_METADATA_URI_V4"] = "http://127.0.0.1:9/never-asked",
        });

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal("192.0.2.7", Variables(result)["Orleans__AdvertisedIP"]);
    }

    [Fact]
    public async Task Entrypoint_RedisEndpointAndToken_TlsConnectionStringWithoutTheTokenVariable()
    {
        var result = await RunAsync(new()
        {
            ["REDIS_ENDPOINT"] = "master.equalifypdf.abc123.use1.cache.amazonaws.com:6380",
            ["REDIS_AUTH_TOKEN"] = "t0k3nFromSecretsManager",
        });

        Assert.True(result.ExitCode == 0, result.Output);
        var variables = Variables(result);
        Assert.Equal(
            "master.equalifypdf.abc123.use1.cache.amazonaws.com:6380,ssl=true,abortConnect=false,password=t0k3nFromSecretsManager",
            variables["Redis__ConnectionString"]);
        Assert.False(variables.ContainsKey("REDIS_AUTH_TOKEN"), "the token must not stay in the host's environment");
        Assert.False(variables.ContainsKey("Orleans__AdvertisedIP"), "outside ECS the address is left to the silo");
    }

    [Fact]
    public async Task Entrypoint_ConnectionStringGiven_KeptAsIs()
    {
        var result = await RunAsync(new()
        {
            ["Redis__ConnectionString"] = "redis:6379,password=compose",
            ["REDIS_ENDPOINT"] = "ignored:6380",
        });

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal("redis:6379,password=compose", Variables(result)["Redis__ConnectionString"]);
    }

    private static Task<ProcessResult> RunAsync(Dictionary<string, string> environment) =>
        ProcessRunner.RunAsync("/bin/sh", [Script, "env"], RepositoryPaths.Root, environment,
            TimeSpan.FromSeconds(60), inheritEnvironment: false);

    private static Dictionary<string, string> Variables(ProcessResult result) =>
        result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);

    private static void SkipWithoutCurl() =>
        Skip.If(ProcessRunner.FindOnPath("curl") is null, "curl is not installed (the images install it); skipped");
}
