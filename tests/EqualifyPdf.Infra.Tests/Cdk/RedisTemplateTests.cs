namespace EqualifyPdf.Infra.Tests.Cdk;

/// <summary>ElastiCache Redis: TLS required, encrypted at rest, AUTH token from a generated Secrets Manager secret.</summary>
[Collection(CdkCollection.Name)]
public sealed class RedisTemplateTests(CdkSynthFixture cdk)
{
    [SkippableFact]
    public void ReplicationGroup_Encryption_TlsRequiredAndAtRest()
    {
        var group = TemplateOrSkip().Single("AWS::ElastiCache::ReplicationGroup", "RedisReplicationGroup");

        Assert.True((bool?)group.Properties["TransitEncryptionEnabled"]);
        Assert.Equal("required", (string?)group.Properties["TransitEncryptionMode"]);
        Assert.True((bool?)group.Properties["AtRestEncryptionEnabled"]);
    }

    [SkippableFact]
    public void ReplicationGroup_AuthToken_ResolvedFromAGeneratedSecret()
    {
        var template = TemplateOrSkip();
        var group = template.Single("AWS::ElastiCache::ReplicationGroup", "RedisReplicationGroup");

        var token = CdkTemplate.Text(group.Properties["AuthToken"]);
        Assert.StartsWith("{{resolve:secretsmanager:", token, StringComparison.Ordinal);
        var secretId = Assert.Single(CdkTemplate.ReferencedIds(group.Properties["AuthToken"]));
        var secret = template.Single("AWS::SecretsManager::Secret", secretId);
        Assert.True((bool?)secret.Properties["GenerateSecretString"]?["ExcludePunctuation"]);
        Assert.True((int?)secret.Properties["GenerateSecretString"]?["PasswordLength"] >= 32);
    }

    [SkippableFact]
    public void ReplicationGroup_Availability_PrimaryAndReplicaWithFailover()
    {
        var group = TemplateOrSkip().Single("AWS::ElastiCache::ReplicationGroup", "RedisReplicationGroup");

        Assert.Equal(2, (int?)group.Properties["NumCacheClusters"]);
        Assert.True((bool?)group.Properties["AutomaticFailoverEnabled"]);
        Assert.True((bool?)group.Properties["MultiAZEnabled"]);
    }

    private CdkTemplate TemplateOrSkip()
    {
        Skip.If(cdk.SkipReason is not null, cdk.SkipReason);
        return cdk.Template;
    }
}
