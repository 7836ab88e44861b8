namespace EqualifyPdf.Storage.Tests.S3;

/// <summary>The S3 test classes share one s3rver and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class S3rverCollection : ICollectionFixture<S3rverFixture>
{
    public const string Name = "s3rver";
}
