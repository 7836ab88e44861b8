using System.Text.Json.Nodes;

namespace EqualifyPdf.Infra.Tests.Cdk;

/// <summary>Least privilege: S3 on the two buckets, Bedrock on the configured models, the one secret.</summary>
[Collection(CdkCollection.Name)]
public sealed class IamTemplateTests(CdkSynthFixture cdk)
{
    [SkippableTheory]
    [InlineData("SilosTask")]
    [InlineData("ApiTask")]
    public void TaskRole_S3_ExplicitActionsOnTheTwoBucketsOnly(string taskDefinition)
    {
        var template = TemplateOrSkip();
        var buckets = new[] { "StorageTempBucket", "StorageResultsBucket" }
            .Select(prefix => template.Single("AWS::S3::Bucket", prefix).LogicalId)
            .ToHashSet(StringComparer.Ordinal);

        var statements = Statements(template, RoleOf(template, taskDefinition, "TaskRoleArn"));
        var s3 = statements.Where(s => Actions(s).Any(a => a.StartsWith("s3:", StringComparison.Ordinal))).ToList();

        Assert.NotEmpty(s3);
        foreach (var statement in s3)
        {
            Assert.All(Actions(statement), action => Assert.DoesNotContain("*", action, StringComparison.Ordinal));
            foreach (var resource in CdkTemplate.Many(statement["Resource"]))
            {
                var bucket = Assert.Single(CdkTemplate.ReferencedIds(resource));
                Assert.Contains(bucket, buckets);
                Assert.Matches($"^<{bucket}>(/\\*)?$", CdkTemplate.Text(resource));
            }
        }
    }

    [SkippableFact]
    public void SiloTaskRole_Bedrock_InvokeModelOnTheConfiguredModelsOnly()
    {
        var template = TemplateOrSkip();
        var statements = Statements(template, RoleOf(template, "SilosTask", "TaskRoleArn"));

        var bedrock = Assert.Single(statements, s => Actions(s).Any(a => a.StartsWith("bedrock:", StringComparison.Ordinal)));
        Assert.Equal(["bedrock:InvokeModel"], Actions(bedrock));
        var profileModel = CdkSynthFixture.QualityModel["us.".Length..];
        Assert.Equal(
            new[]
            {
                $"arn:<AWS::Partition>:bedrock:*::foundation-model/{profileModel}",
                $"arn:<AWS::Partition>:bedrock:us-east-1:<AWS::AccountId>:inference-profile/{CdkSynthFixture.QualityModel}",
                $"arn:<AWS::Partition>:bedrock:us-east-1::foundation-model/{CdkSynthFixture.FastModel}",
            }.Order(StringComparer.Ordinal),
            CdkTemplate.Many(bedrock["Resource"]).Select(CdkTemplate.Text).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void ApiTaskRole_NoBedrockAndNoWildcardResource()
    {
        var template = TemplateOrSkip();
        var statements = Statements(template, RoleOf(template, "ApiTask", "TaskRoleArn"));

        Assert.DoesNotContain(statements, s => Actions(s).Any(a => a.StartsWith("bedrock:", StringComparison.Ordinal)));
        Assert.DoesNotContain(statements, s => CdkTemplate.Many(s["Resource"]).Any(r => (string?)(r as JsonValue) == "*"));
    }

    [SkippableTheory]
    [InlineData("SilosTask")]
    [InlineData("ApiTask")]
    public void ExecutionRole_Secrets_ReadsOnlyTheRedisToken(string taskDefinition)
    {
        var template = TemplateOrSkip();
        var secret = template.Single("AWS::SecretsManager::Secret", "RedisAuthToken").LogicalId;

        var statements = Statements(template, RoleOf(template, taskDefinition, "ExecutionRoleArn"));
        var secrets = Assert.Single(statements, s => Actions(s).Any(a => a.StartsWith("secretsmanager:", StringComparison.Ordinal)));

        Assert.Equal(["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"], Actions(secrets).Order(StringComparer.Ordinal));
        Assert.Equal(secret, CdkTemplate.ReferencedId(Assert.Single(CdkTemplate.Many(secrets["Resource"]))));
    }

    private static string RoleOf(CdkTemplate template, string taskDefinitionPrefix, string roleProperty)
    {
        var definition = template.Single("AWS::ECS::TaskDefinition", taskDefinitionPrefix);
        return CdkTemplate.ReferencedId(definition.Properties[roleProperty])!;
    }

    private static List<JsonObject> Statements(CdkTemplate template, string roleId) =>
        template.Resources("AWS::IAM::Policy")
            .Where(p => CdkTemplate.Many(p.Properties["Roles"]).Any(r => CdkTemplate.ReferencedId(r) == roleId))
            .SelectMany(p => p.Properties["PolicyDocument"]!["Statement"]!.AsArray().Select(s => s!.AsObject()))
            .ToList();

    private static List<string> Actions(JsonObject statement) =>
        CdkTemplate.Many(statement["Action"]).Select(a => (string)a!).ToList();

    private CdkTemplate TemplateOrSkip()
    {
        Skip.If(cdk.SkipReason is not null, cdk.SkipReason);
        return cdk.Template;
    }
}
