using EqualifyPdf.Infra.Tests.Support;

namespace EqualifyPdf.Infra.Tests.Images;

/// <summary>The images run as non-root users and carry what their health checks and entrypoint need.</summary>
public sealed class DockerfileTests
{
    public static TheoryData<string> AppDockerfiles => new() { "silo.Dockerfile", "client-api.Dockerfile" };

    public static TheoryData<string> AllDockerfiles => new() { "silo.Dockerfile", "client-api.Dockerfile", "minio.Dockerfile" };

    [Theory]
    [MemberData(nameof(AllDockerfiles))]
    public void FinalStage_User_IsNotRoot(string file)
    {
        var finalStage = Dockerfile.FinalStage(RepositoryPaths.Of("infra", file));

        var user = finalStage.Last(i => i.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..].Trim();
        Assert.DoesNotContain(user.Split(':')[0], new[] { "root", "0" });
    }

    [Theory]
    [MemberData(nameof(AppDockerfiles))]
    public void FinalStage_HealthCheck_CurlInstalledAndNoDevTcp(string file)
    {
        var finalStage = Dockerfile.FinalStage(RepositoryPaths.Of("infra", file));

        var healthCheck = Assert.Single(finalStage, i => i.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
        Assert.Contains("\"curl\"", healthCheck, StringComparison.Ordinal);
        Assert.DoesNotContain("/dev/tcp", healthCheck, StringComparison.Ordinal);
        Assert.Contains(finalStage, i => i.StartsWith("RUN ", StringComparison.Ordinal) && i.Contains(" curl", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AppDockerfiles))]
    public void FinalStage_Entrypoint_IsTheMetadataAwareScript(string file)
    {
        var finalStage = Dockerfile.FinalStage(RepositoryPaths.Of("infra", file));

        Assert.Contains(finalStage, i => i == "COPY infra/docker-entrypoint.sh /usr/local/bin/equalifypdf-entrypoint");
        var entrypoint = Assert.Single(finalStage, i => i.StartsWith("ENTRYPOINT ", StringComparison.Ordinal));
        Assert.StartsWith("ENTRYPOINT [\"/usr/local/bin/equalifypdf-entrypoint\", \"dotnet\"", entrypoint, StringComparison.Ordinal);
    }

    [Fact]
    public void DockerIgnore_BuildContext_ExcludesDataBuildOutputAndGit()
    {
        var patterns = File.ReadAllLines(RepositoryPaths.Of(".dockerignore"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(patterns, p => p.StartsWith('!'));
        Assert.Contains("data/", patterns);
        Assert.Contains("**/bin/", patterns);
        Assert.Contains("**/obj/", patterns);
        Assert.Contains(".git/", patterns);
        Assert.Contains("**/node_modules/", patterns);
        Assert.Contains("**/TestResults/", patterns);
        Assert.Contains("infra/compose/env/", patterns);
    }
}
