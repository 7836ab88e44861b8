using System.Text.Json.Nodes;

namespace EqualifyPdf.Infra.Tests.Cdk;

/// <summary>cdk-nag's AwsSolutions pack ran during the synthesis, found nothing unacknowledged, and every
/// acknowledgement says why.</summary>
[Collection(CdkCollection.Name)]
public sealed class NagReportTests(CdkSynthFixture cdk)
{
    // Widening this list is a design decision: each entry is acknowledged in infra/cdk/lib with its reason.
    private static readonly string[] AcceptedRules = ["AwsSolutions-ECS2", "AwsSolutions-EC23", "AwsSolutions-SMG4", "AwsSolutions-IAM5"];

    [SkippableFact]
    public void Synth_AwsSolutions_ConcludesWithoutViolations()
    {
        SkipIfUnavailable();
        Assert.True(cdk.SynthResult?.ExitCode == 0, cdk.SynthResult?.Output);

        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(cdk.OutputDirectory, "validation-report.json")))!;
        var pack = Assert.Single(report["pluginReports"]!.AsArray(), p => (string?)p!["pluginName"] == "AwsSolutions")!;
        Assert.Equal("success", (string?)pack["conclusion"]);
        Assert.Empty(pack["violations"]!.AsArray());
    }

    [SkippableFact]
    public void Acknowledgements_EachAnAcceptedRuleWithAWrittenReason()
    {
        SkipIfUnavailable();
        var metadata = JsonNode.Parse(File.ReadAllText(Path.Combine(cdk.OutputDirectory, "EqualifyPdf.metadata.json")))!.AsObject();

        var acknowledged = metadata
            .SelectMany(path => path.Value!.AsArray().Select(entry => (Path: path.Key, Entry: entry!)))
            .Where(e => (string?)e.Entry["type"] == "aws:cdk:acknowledged-rules")
            .SelectMany(e => e.Entry["data"]!.AsObject().Select(rule => (e.Path, Rule: rule.Key, Reason: (string?)rule.Value)))
            .Where(a => a.Rule.StartsWith("AwsSolutions::", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(acknowledged);
        foreach (var (path, rule, reason) in acknowledged)
        {
            var id = rule["AwsSolutions::".Length..].Split('[')[0];
            Assert.True(AcceptedRules.Contains(id), $"{path}: {rule} is not an accepted rule");
            Assert.True(reason?.Length >= 60, $"{path}: {rule} needs a written reason, has '{reason}'");
        }
    }

    private void SkipIfUnavailable() => Skip.If(cdk.SkipReason is not null, cdk.SkipReason);
}
