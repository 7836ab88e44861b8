using System.Text.Json.Nodes;
using EqualifyPdf.Infra.Tests.Support;

namespace EqualifyPdf.Infra.Tests.Cdk;

/// <summary>
/// Compiles the CDK app and runs <c>cdk synth</c> once per test run, offline: fixed region from context, no account,
/// the CLI's telemetry, version check and instance-metadata credential lookups switched off, no credential files.
/// The context below differs from <c>cdk.json</c>'s defaults on purpose, so the tests see each parameter arrive.
/// </summary>
public sealed class CdkSynthFixture : IAsyncLifetime
{
    public const string CertificateArn = "arn:aws:acm:us-east-1:123456789012:certificate/0c4f6e2a-1b1d-4c8e-9a55-3f0d7a1e2b3c";
    public const int SiloCount = 3;
    public const int SiloMaxCount = 7;
    public const int ApiCount = 2;
    public const int LogRetentionDays = 14;
    public const int ResultRetentionDays = 45;
    public const string FastModel = "anthropic.claude-3-haiku-20240307-v1:0";
    public const string QualityModel = "us.anthropic.claude-sonnet-4-5-20250929-v1:0";

    /// <summary>The SHA-256 of the operator key given as context 'apiKeys'.</summary>
    public const string OperatorKeySha256 = "add3f758db8fe6282537483b459f75ec4bcb18d692cd81870d0d3cb487a3aff5";

    /// <summary>aws-cdk-lib's <c>engines</c> floor.</summary>
    private const int MinimumNodeMajor = 20;

    private readonly DirectoryInfo output = Directory.CreateTempSubdirectory("equalify-cdk-out-");
    private ProcessResult? synth;
    private JsonObject? template;

    /// <summary>Why the CDK tests cannot run here (no node or no installed packages), or null.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>The synthesized CloudFormation template; fails the test with the CLI's output if synthesis failed.</summary>
    public CdkTemplate Template
    {
        get
        {
            Assert.True(template is not null, synth?.Output ?? "cdk synth did not run");
            return new CdkTemplate(template!);
        }
    }

    /// <summary>The cloud assembly folder <c>cdk synth</c> wrote.</summary>
    public string OutputDirectory => output.FullName;

    /// <summary>The output of <c>cdk synth</c>.</summary>
    public ProcessResult? SynthResult => synth;

    public async Task InitializeAsync()
    {
        var app = RepositoryPaths.CdkApp;
        var node = ProcessRunner.FindOnPath("node");
        if (node is null || !Directory.Exists(Path.Combine(app, "node_modules", "aws-cdk-lib")))
        {
            SkipReason = "node or infra/cdk/node_modules is missing (./test.sh runs npm ci there); CDK tests skipped";
            return;
        }

        var version = await ProcessRunner.RunAsync(node, ["--version"], app);
        if (!Version.TryParse(version.StandardOutput.Trim().TrimStart('v'), out var nodeVersion) || nodeVersion.Major < MinimumNodeMajor)
        {
            SkipReason = $"aws-cdk-lib needs Node.js {MinimumNodeMajor}+, this machine has {version.StandardOutput.Trim()}; CDK tests skipped";
            return;
        }

        var environment = new Dictionary<string, string>
        {
            ["CDK_DISABLE_CLI_TELEMETRY"] = "true",
            ["CDK_DISABLE_VERSION_CHECK"] = "1",
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
            ["AWS_CONFIG_FILE"] = "/dev/null",
        };
        var compile = await ProcessRunner.RunAsync(node, ["node_modules/typescript/bin/tsc", "-p", "."], app, environment);
        if (compile.ExitCode != 0)
        {
            synth = compile;
            return;
        }

        string[] context =
        [
            $"certificateArn={CertificateArn}",
            $"siloCount={SiloCount}",
            $"siloMaxCount={SiloMaxCount}",
            $"apiCount={ApiCount}",
            $"logRetentionDays={LogRetentionDays}",
            $"resultRetentionDays={ResultRetentionDays}",
            $"llmFastModel={FastModel}",
            $"llmQualityModel={QualityModel}",
            $$"""apiKeys=[{"name":"ops","role":"operator","keySha256":"{{OperatorKeySha256}}"}]""",
        ];
        var arguments = new List<string> { "node_modules/aws-cdk/bin/cdk", "synth", "--quiet", "--no-notices", "-o", output.FullName };
        arguments.AddRange(context.SelectMany(value => new[] { "-c", value }));
        synth = await ProcessRunner.RunAsync(node, arguments, app, environment, TimeSpan.FromMinutes(5));

        var templatePath = Path.Combine(output.FullName, "EqualifyPdf.template.json");
        if (synth.ExitCode == 0 && File.Exists(templatePath))
        {
            template = JsonNode.Parse(await File.ReadAllTextAsync(templatePath))!.AsObject();
        }
    }

    public Task DisposeAsync()
    {
        output.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
