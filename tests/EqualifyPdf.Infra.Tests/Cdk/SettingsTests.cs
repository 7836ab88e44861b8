using System.Text.Json.Nodes;
using EqualifyPdf.Infra.Tests.Support;

namespace EqualifyPdf.Infra.Tests.Cdk;

/// <summary>The app refuses bad context with one message naming each problem (run directly, as the CLI would).</summary>
[Collection(CdkCollection.Name)]
public sealed class SettingsTests(CdkSynthFixture cdk)
{
    [SkippableFact]
    public async Task App_NoCertificateAndBadCounts_RefusesNamingEachKey()
    {
        Skip.If(cdk.SkipReason is not null, cdk.SkipReason);
        _ = cdk.Template; // the fixture compiled the app

        var context = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.CdkApp, "cdk.json")))!["context"]!.AsObject();
        context["siloCount"] = 4;
        context["siloMaxCount"] = 2;
        context["apiCount"] = "two";
        var output = Directory.CreateTempSubdirectory("equalify-cdk-bad-");
        try
        {
            var result = await ProcessRunner.RunAsync(ProcessRunner.FindOnPath("node")!, ["dist/app/equalifypdf.js"], RepositoryPaths.CdkApp,
                new Dictionary<string, string> { ["CDK_CONTEXT_JSON"] = context.ToJsonString(), ["CDK_OUTDIR"] = output.FullName },
                TimeSpan.FromMinutes(2));

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("context 'certificateArn' is required", result.StandardError, StringComparison.Ordinal);
            Assert.Contains("context 'apiCount' must be an integer >= 1 (got 'two')", result.StandardError, StringComparison.Ordinal);
            Assert.Contains("context 'siloMaxCount' (2) is below 'siloCount' (4)", result.StandardError, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(output.FullName, "EqualifyPdf.template.json")));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
