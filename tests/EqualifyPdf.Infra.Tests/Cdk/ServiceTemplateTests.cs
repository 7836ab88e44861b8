using System.Text.Json.Nodes;

namespace EqualifyPdf.Infra.Tests.Cdk;

/// <summary>The ECS services: containers, logs, scaling, and the HTTPS load balancer in front of the API.</summary>
[Collection(CdkCollection.Name)]
public sealed class ServiceTemplateTests(CdkSynthFixture cdk)
{
    [SkippableFact]
    public void LogGroups_All_KeptForTheConfiguredRetention()
    {
        var groups = TemplateOrSkip().Resources("AWS::Logs::LogGroup");

        Assert.Equal(3, groups.Count);
        Assert.All(groups, g => Assert.Equal(CdkSynthFixture.LogRetentionDays, (int?)g.Properties["RetentionInDays"]));
    }

    [SkippableTheory]
    [InlineData("SilosTask", "SilosLogs")]
    [InlineData("ApiTask", "ApiLogs")]
    public void Container_Logging_ToItsOwnLogGroup(string taskDefinition, string logGroup)
    {
        var template = TemplateOrSkip();
        var container = Container(template, taskDefinition);

        Assert.Equal("awslogs", (string?)container["LogConfiguration"]!["LogDriver"]);
        Assert.Equal(template.Single("AWS::Logs::LogGroup", logGroup).LogicalId,
            CdkTemplate.ReferencedId(container["LogConfiguration"]!["Options"]!["awslogs-group"]));
    }

    [SkippableTheory]
    [InlineData("SilosTask", 8081)]
    [InlineData("ApiTask", 8080)]
    public void Container_HealthCheck_CurlOnItsOwnHealthEndpoint(string taskDefinition, int port)
    {
        var command = Container(TemplateOrSkip(), taskDefinition)["HealthCheck"]!["Command"]!.AsArray().Select(c => (string)c!);

        Assert.Equal(["CMD", "curl", "-fsS", "-o", "/dev/null", $"http://127.0.0.1:{port}/health"], command);
    }

    [SkippableFact]
    public void SiloContainer_Environment_AdvertisesFromMetadataAndUsesS3RedisAndBedrock()
    {
        var template = TemplateOrSkip();
        var container = Container(template, "SilosTask");
        var environment = container["Environment"]!.AsArray()
            .ToDictionary(e => (string)e!["Name"]!, e => e!["Value"], StringComparer.Ordinal);

        Assert.Equal(string.Empty, (string?)environment["Orleans__AdvertisedIP"]);
        Assert.Equal("11111", (string?)environment["Orleans__SiloPort"]);
        Assert.Equal("30000", (string?)environment["Orleans__GatewayPort"]);
        Assert.Equal("s3", (string?)environment["BlobStorage__Provider"]);
        Assert.Equal(template.Single("AWS::S3::Bucket", "StorageTempBucket").LogicalId,
            CdkTemplate.ReferencedId(environment["BlobStorage__S3__TempBucket"]));
        Assert.Equal(template.Single("AWS::S3::Bucket", "StorageResultsBucket").LogicalId,
            CdkTemplate.ReferencedId(environment["BlobStorage__S3__ResultsBucket"]));
        Assert.Equal("bedrock", (string?)environment["Llm__Provider"]);
        Assert.Equal(CdkSynthFixture.FastModel, (string?)environment["Llm__FastModel"]);
        Assert.Equal(CdkSynthFixture.QualityModel, (string?)environment["Llm__QualityModel"]);
        Assert.Equal($"{CdkSynthFixture.ResultRetentionDays}.00:00:00", (string?)environment["Workflow__Retention"]);
        Assert.Contains(template.Single("AWS::ElastiCache::ReplicationGroup", "RedisReplicationGroup").LogicalId,
            CdkTemplate.ReferencedIds(environment["REDIS_ENDPOINT"]));
        Assert.DoesNotContain(environment.Keys, k => k.StartsWith("Redis__", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void ApiContainer_Environment_CarriesTheApiKeyHashesFromContext()
    {
        var environment = Container(TemplateOrSkip(), "ApiTask")["Environment"]!.AsArray()
            .ToDictionary(e => (string)e!["Name"]!, e => e!["Value"], StringComparer.Ordinal);

        Assert.Equal("ops", (string?)environment["Auth__ApiKeys__0__Name"]);
        Assert.Equal("operator", (string?)environment["Auth__ApiKeys__0__Role"]);
        Assert.Equal(CdkSynthFixture.OperatorKeySha256, (string?)environment["Auth__ApiKeys__0__KeySha256"]);
    }

    [SkippableTheory]
    [InlineData("SilosTask")]
    [InlineData("ApiTask")]
    public void Container_RedisToken_InjectedFromSecretsManager(string taskDefinition)
    {
        var template = TemplateOrSkip();
        var secret = Assert.Single(Container(template, taskDefinition)["Secrets"]!.AsArray());

        Assert.Equal("REDIS_AUTH_TOKEN", (string?)secret!["Name"]);
        Assert.Equal(template.Single("AWS::SecretsManager::Secret", "RedisAuthToken").LogicalId,
            CdkTemplate.ReferencedId(secret["ValueFrom"]));
    }

    [SkippableFact]
    public void SiloService_Scaling_FromTheCountToTheMaximumOnCpu()
    {
        var template = TemplateOrSkip();
        var service = template.Single("AWS::ECS::Service", "SilosService");
        Assert.Equal(CdkSynthFixture.SiloCount, (int?)service.Properties["DesiredCount"]);
        Assert.Equal("FARGATE", (string?)service.Properties["LaunchType"]);

        var target = Assert.Single(template.Resources("AWS::ApplicationAutoScaling::ScalableTarget"));
        Assert.Equal(CdkSynthFixture.SiloCount, (int?)target.Properties["MinCapacity"]);
        Assert.Equal(CdkSynthFixture.SiloMaxCount, (int?)target.Properties["MaxCapacity"]);
        Assert.Equal("ecs:service:DesiredCount", (string?)target.Properties["ScalableDimension"]);
        Assert.Contains(service.LogicalId, CdkTemplate.ReferencedIds(target.Properties["ResourceId"]));

        var policy = Assert.Single(template.Resources("AWS::ApplicationAutoScaling::ScalingPolicy"));
        Assert.Equal(target.LogicalId, CdkTemplate.ReferencedId(policy.Properties["ScalingTargetId"]));
        var tracking = policy.Properties["TargetTrackingScalingPolicyConfiguration"]!;
        Assert.Equal("ECSServiceAverageCPUUtilization", (string?)tracking["PredefinedMetricSpecification"]!["PredefinedMetricType"]);
        Assert.InRange((double)tracking["TargetValue"]!, 1, 99);
    }

    [SkippableFact]
    public void LoadBalancer_Https_WithTheGivenCertificateAndHttpOnlyRedirects()
    {
        var template = TemplateOrSkip();
        var listeners = template.Resources("AWS::ElasticLoadBalancingV2::Listener");

        var https = Assert.Single(listeners, l => (string?)l.Properties["Protocol"] == "HTTPS");
        Assert.Equal(443, (int?)https.Properties["Port"]);
        Assert.Equal(CdkSynthFixture.CertificateArn, (string?)https.Properties["Certificates"]![0]!["CertificateArn"]);
        Assert.StartsWith("ELBSecurityPolicy-TLS13", (string?)https.Properties["SslPolicy"], StringComparison.Ordinal);
        Assert.Equal("forward", (string?)https.Properties["DefaultActions"]![0]!["Type"]);

        var http = Assert.Single(listeners, l => (string?)l.Properties["Protocol"] == "HTTP");
        var redirect = Assert.Single(http.Properties["DefaultActions"]!.AsArray());
        Assert.Equal("redirect", (string?)redirect!["Type"]);
        Assert.Equal("HTTPS", (string?)redirect["RedirectConfig"]!["Protocol"]);
    }

    [SkippableFact]
    public void ApiService_BehindTheLoadBalancer_InPrivateSubnets()
    {
        var template = TemplateOrSkip();
        var service = template.Single("AWS::ECS::Service", "ApiService");

        Assert.Equal(CdkSynthFixture.ApiCount, (int?)service.Properties["DesiredCount"]);
        var target = Assert.Single(service.Properties["LoadBalancers"]!.AsArray());
        Assert.Equal(8080, (int?)target!["ContainerPort"]);
        foreach (var name in new[] { "ApiService", "SilosService" })
        {
            var network = template.Single("AWS::ECS::Service", name).Properties["NetworkConfiguration"]!["AwsvpcConfiguration"]!;
            Assert.Equal("DISABLED", (string?)network["AssignPublicIp"]);
            Assert.All(network["Subnets"]!.AsArray(), s => Assert.Contains("private", CdkTemplate.ReferencedId(s), StringComparison.Ordinal));
        }
    }

    private static JsonObject Container(CdkTemplate template, string taskDefinitionPrefix) =>
        Assert.Single(template.Single("AWS::ECS::TaskDefinition", taskDefinitionPrefix).Properties["ContainerDefinitions"]!.AsArray())!
            .AsObject();

    private CdkTemplate TemplateOrSkip()
    {
        Skip.If(cdk.SkipReason is not null, cdk.SkipReason);
        return cdk.Template;
    }
}
