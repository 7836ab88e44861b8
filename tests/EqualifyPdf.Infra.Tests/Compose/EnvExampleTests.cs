using EqualifyPdf.Infra.Tests.Support;

namespace EqualifyPdf.Infra.Tests.Compose;

/// <summary>The example env files cover every file the compose file reads, and agree with each other.</summary>
public sealed class EnvExampleTests
{
    [Fact]
    public void EnvFiles_EveryOneReferenced_HasAnExample()
    {
        var compose = ComposeFile.Load(RepositoryPaths.ComposeFile);
        var referenced = compose.Services.Values.SelectMany(ComposeFile.EnvFileNames).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(referenced);
        Assert.All(referenced, name => Assert.True(File.Exists(Path.Combine(RepositoryPaths.ComposeEnvExamples, name)), name));
    }

    [Fact]
    public void RedisPassword_ServerAndClients_Agree()
    {
        var server = Read("redis.env")["REDIS_PASSWORD"];
        var connection = Read("redis-client.env")["Redis__ConnectionString"];

        Assert.Contains($"password={server}", connection.Split(',').Select(part => part.Trim()));
    }

    [Fact]
    public void MinioKmsKey_Is32BytesOfBase64()
    {
        var key = Read("minio.env")["MINIO_KMS_SECRET_KEY"];

        var (name, material) = (key.Split(':', 2)[0], key.Split(':', 2)[1]);
        Assert.NotEmpty(name);
        Assert.Equal(32, Convert.FromBase64String(material).Length);
    }

    [Fact]
    public void RealEnvFolder_IsIgnoredByGit()
    {
        var ignore = File.ReadAllLines(RepositoryPaths.Of("infra", "compose", ".gitignore"));

        Assert.Contains("env/", ignore);
    }

    private static Dictionary<string, string> Read(string file) =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.ComposeEnvExamples, file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
}
