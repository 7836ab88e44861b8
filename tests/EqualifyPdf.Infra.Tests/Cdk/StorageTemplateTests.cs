using System.Text.Json.Nodes;

namespace EqualifyPdf.Infra.Tests.Cdk;

/// <summary>The S3 buckets: SSE, public access blocked, TLS only, lifecycles and versioning.</summary>
[Collection(CdkCollection.Name)]
public sealed class StorageTemplateTests(CdkSynthFixture cdk)
{
    [SkippableFact]
    public void Buckets_All_EncryptedWithSseS3AndPublicAccessBlocked()
    {
        var template = TemplateOrSkip();
        var buckets = template.Resources("AWS::S3::Bucket");

        Assert.Equal(3, buckets.Count);
        foreach (var bucket in buckets)
        {
            var rule = bucket.Properties["BucketEncryption"]!["ServerSideEncryptionConfiguration"]![0]!;
            Assert.Equal("AES256", (string?)rule["ServerSideEncryptionByDefault"]!["SSEAlgorithm"]);
            var block = bucket.Properties["PublicAccessBlockConfiguration"]!.AsObject();
            foreach (var setting in new[] { "BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets" })
            {
                Assert.True((bool?)block[setting] == true, $"{bucket.LogicalId} {setting}");
            }
        }
    }

    [SkippableFact]
    public void Buckets_All_PolicyDeniesRequestsWithoutTls()
    {
        var template = TemplateOrSkip();
        var policies = template.Resources("AWS::S3::BucketPolicy");

        foreach (var bucket in template.Resources("AWS::S3::Bucket"))
        {
            var policy = Assert.Single(policies, p => CdkTemplate.ReferencedId(p.Properties["Bucket"]) == bucket.LogicalId);
            var statements = policy.Properties["PolicyDocument"]!["Statement"]!.AsArray();
            Assert.Contains(statements, s =>
                (string?)s!["Effect"] == "Deny"
                && (string?)s["Action"] == "s3:*"
                && (string?)s["Condition"]?["Bool"]?["aws:SecureTransport"] == "false");
        }
    }

    [SkippableFact]
    public void TempBucket_Lifecycle_ExpiresObjectsAndUploadsAfterOneDay()
    {
        var temp = TemplateOrSkip().Single("AWS::S3::Bucket", "StorageTempBucket");

        var rule = Assert.Single(Rules(temp));
        Assert.Equal("Enabled", (string?)rule["Status"]);
        Assert.Equal(1, (int?)rule["ExpirationInDays"]);
        Assert.Equal(1, (int?)rule["AbortIncompleteMultipartUpload"]?["DaysAfterInitiation"]);
        Assert.Null(rule["Prefix"]);
    }

    [SkippableFact]
    public void ResultsBucket_VersionedAndExpiredAfterTheRetention()
    {
        var results = TemplateOrSkip().Single("AWS::S3::Bucket", "StorageResultsBucket");

        Assert.Equal("Enabled", (string?)results.Properties["VersioningConfiguration"]?["Status"]);
        var expiry = Assert.Single(Rules(results), r => r["ExpirationInDays"] is not null);
        Assert.Equal(CdkSynthFixture.ResultRetentionDays, (int?)expiry["ExpirationInDays"]);
        Assert.NotNull(expiry["NoncurrentVersionExpiration"]);
        Assert.All(Rules(results), r => Assert.Equal("Enabled", (string?)r["Status"]));
    }

    [SkippableFact]
    public void DataBuckets_AccessLogs_GoToTheLogBucket()
    {
        var template = TemplateOrSkip();
        var logBucket = template.Single("AWS::S3::Bucket", "StorageAccessLogBucket");

        foreach (var prefix in new[] { "StorageTempBucket", "StorageResultsBucket" })
        {
            var bucket = template.Single("AWS::S3::Bucket", prefix);
            Assert.Equal(logBucket.LogicalId, CdkTemplate.ReferencedId(bucket.Properties["LoggingConfiguration"]?["DestinationBucketName"]));
        }
    }

    private static IReadOnlyList<JsonNode> Rules(CfnResource bucket) =>
        bucket.Properties["LifecycleConfiguration"]!["Rules"]!.AsArray().Select(r => r!).ToList();

    private CdkTemplate TemplateOrSkip()
    {
        Skip.If(cdk.SkipReason is not null, cdk.SkipReason);
        return cdk.Template;
    }
}
