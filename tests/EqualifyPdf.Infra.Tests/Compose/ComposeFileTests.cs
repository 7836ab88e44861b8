using EqualifyPdf.Infra.Tests.Images;
using EqualifyPdf.Infra.Tests.Support;

namespace EqualifyPdf.Infra.Tests.Compose;

/// <summary>The security and health properties of <c>docker-compose.yml</c>, read from the file itself.</summary>
public sealed class ComposeFileTests
{
    private static readonly ComposeFile Compose = ComposeFile.Load(RepositoryPaths.ComposeFile);

    [Fact]
    public void Services_ProductionShape_AllPresent()
    {
        Assert.Equal(
            ["client-api", "grafana", "minio", "minio-init", "prometheus", "redis", "silo1", "silo2"],
            Compose.Services.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ports_OnlyTheApi_IsPublished()
    {
        var published = Compose.Services
            .Where(service => ComposeFile.List(service.Value, "ports").Count > 0)
            .ToDictionary(service => service.Key, service => ComposeFile.List(service.Value, "ports"));

        var api = Assert.Single(published);
        Assert.Equal("client-api", api.Key);
        Assert.Equal("8080:8080", Assert.Single(api.Value));
    }

    [Fact]
    public void Networks_EverythingButTheApi_OnlyOnTheInternalNetwork()
    {
        var networks = ComposeFile.Mapping(Compose.Root, "networks");
        Assert.Equal("true", ComposeFile.Scalar(ComposeFile.Mapping(networks, "backend"), "internal"));
        foreach (var (name, service) in Compose.Services)
        {
            var attached = ComposeFile.List(service, "networks").Cast<string>().ToList();
            Assert.Contains("backend", attached);
            if (name != "client-api")
            {
                Assert.True(attached.SequenceEqual(["backend"]), $"{name} is on {string.Join(", ", attached)}");
            }
        }
    }

    [Fact]
    public void Users_EveryService_RunsAsANonRootUid()
    {
        foreach (var (name, service) in Compose.Services)
        {
            var user = ComposeFile.Scalar(service, "user");
            Assert.False(string.IsNullOrWhiteSpace(user), $"{name} has no user:");
            var uid = user!.Split(':')[0];
            Assert.True(int.TryParse(uid, out var id) && id > 0, $"{name} runs as '{user}'");
        }
    }

    [Fact]
    public void HealthChecks_LongRunningServices_HaveOneWithoutDevTcp()
    {
        foreach (var (name, service) in Compose.Services.Where(s => ComposeFile.Scalar(s.Value, "restart") != "no"))
        {
            var test = ComposeFile.CommandText(ComposeFile.Mapping(service, "healthcheck").GetValueOrDefault("test"));
            Assert.False(string.IsNullOrWhiteSpace(test), $"{name} has no health check");
            Assert.DoesNotContain("/dev/tcp", test, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HealthChecks_OurImages_UseTheCurlTheDockerfileInstalls()
    {
        foreach (var (name, service) in Compose.Services)
        {
            var dockerfile = ComposeFile.Scalar(ComposeFile.Mapping(service, "build"), "dockerfile");
            var test = ComposeFile.CommandText(ComposeFile.Mapping(service, "healthcheck").GetValueOrDefault("test"));
            if (dockerfile is null || !test.Contains("curl", StringComparison.Ordinal))
            {
                continue;
            }

            var finalStage = Dockerfile.FinalStage(RepositoryPaths.Of(dockerfile));
            Assert.Contains(finalStage, line => line.Contains("apt-get install", StringComparison.Ordinal)
                && line.Contains(" curl", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Redis_Password_RequiredAndReadFromItsEnvFile()
    {
        var redis = Compose.Services["redis"];
        var command = ComposeFile.CommandText(redis["command"]);

        Assert.Contains("--requirepass \"$$REDIS_PASSWORD\"", command, StringComparison.Ordinal);
        Assert.Contains("--appendonly yes", command, StringComparison.Ordinal);
        Assert.Equal(["redis.env"], ComposeFile.EnvFileNames(redis));
        Assert.Contains("REDISCLI_AUTH", ComposeFile.CommandText(ComposeFile.Mapping(redis, "healthcheck")["test"]),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Secrets_NoneWrittenInTheComposeFile()
    {
        foreach (var (name, service) in Compose.Services)
        {
            var environment = ComposeFile.Mapping(service, "environment");
            foreach (var key in environment.Keys)
            {
                Assert.False(
                    key.Contains("PASSWORD", StringComparison.OrdinalIgnoreCase)
                    || key.Contains("SECRET", StringComparison.OrdinalIgnoreCase)
                    || key.StartsWith("Redis__", StringComparison.Ordinal),
                    $"{name} sets {key} inline instead of from an env file");
            }
        }
    }

    [Fact]
    public void AppServices_S3AndRedis_FromMinioAndTheEnvFiles()
    {
        foreach (var name in new[] { "silo1", "silo2", "client-api" })
        {
            var service = Compose.Services[name];
            var environment = ComposeFile.Mapping(service, "environment");
            Assert.Equal("s3", environment["BlobStorage__Provider"]);
            Assert.Equal("http://minio:9000", environment["BlobStorage__S3__ServiceUrl"]);
            Assert.Equal("true", environment["BlobStorage__S3__ForcePathStyle"]);
            Assert.Equal(name == "client-api" ? ["redis-client.env", "s3-client.env", "api-keys.env"] : ["redis-client.env", "s3-client.env"],
                ComposeFile.EnvFileNames(service));
            Assert.Equal("service_completed_successfully",
                ComposeFile.Scalar(ComposeFile.Mapping(ComposeFile.Mapping(service, "depends_on"), "minio-init"), "condition"));
        }
    }

    [Fact]
    public void Silos_AdvertiseTheirOwnAddress_WithDistinctHostnames()
    {
        var silos = new[] { Compose.Services["silo1"], Compose.Services["silo2"] };
        Assert.All(silos, silo => Assert.Equal(string.Empty, ComposeFile.Mapping(silo, "environment")["Orleans__AdvertisedIP"]));
        Assert.Equal(2, silos.Select(silo => ComposeFile.Scalar(silo, "hostname")).Distinct().Count());
    }
}
