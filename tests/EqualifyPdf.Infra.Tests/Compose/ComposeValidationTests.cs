using EqualifyPdf.Infra.Tests.Support;

namespace EqualifyPdf.Infra.Tests.Compose;

/// <summary>Debian's docker-compose 1.29 validates the files (no Docker engine needed for <c>config</c>).</summary>
public sealed class ComposeValidationTests
{
    [SkippableFact]
    public async Task Config_ComposeFile_Validates()
    {
        var result = await ConfigAsync(RepositoryPaths.ComposeFile);

        Assert.True(result.ExitCode == 0, result.Output);
    }

    [SkippableFact]
    public async Task Config_WithTheObserveOverride_ValidatesAndPublishesGrafanaOnLoopbackOnly()
    {
        var result = await ConfigAsync(RepositoryPaths.ComposeFile, RepositoryPaths.ComposeObserveOverride);

        Assert.True(result.ExitCode == 0, result.Output);
        var merged = await ConfigAsync([RepositoryPaths.ComposeFile, RepositoryPaths.ComposeObserveOverride], quiet: false);
        Assert.Contains("127.0.0.1:3000:3000", merged.StandardOutput, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Config_MissingEnvFiles_Refused()
    {
        var empty = Directory.CreateTempSubdirectory("equalify-env-");
        try
        {
            var result = await ConfigAsync([RepositoryPaths.ComposeFile], quiet: true, envDirectory: empty.FullName);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("env file", result.StandardError, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    private static Task<ProcessResult> ConfigAsync(params string[] files) => ConfigAsync(files, quiet: true);

    private static Task<ProcessResult> ConfigAsync(string[] files, bool quiet, string? envDirectory = null)
    {
        var compose = ProcessRunner.FindOnPath("docker-compose");
        Skip.If(compose is null, "docker-compose is not installed (./test.sh installs Debian's); skipped");

        var arguments = files.SelectMany(file => new[] { "-f", file }).Append("config").ToList();
        if (quiet)
        {
            arguments.Add("-q");
        }

        return ProcessRunner.RunAsync(compose!, arguments, RepositoryPaths.Root,
            new Dictionary<string, string> { ["EQUALIFY_ENV_DIR"] = envDirectory ?? RepositoryPaths.ComposeEnvExamples },
            TimeSpan.FromMinutes(1));
    }
}
