namespace EqualifyPdf.Storage.Tests.S3;

/// <summary>The shared <see cref="IBlobStore"/> contract against the S3 store on s3rver, with 5 MiB parts.</summary>
[Collection(S3rverCollection.Name)]
public sealed class S3BlobStoreContractTests(S3rverFixture server) : BlobStoreContractTests
{
    private S3TestStore _s3 = null!;

    public override async Task DisposeAsync() => await _s3.DisposeAsync();

    protected override async Task<IBlobStore> CreateStoreAsync()
    {
        _s3 = await S3TestStore.CreateAsync(server, new Dictionary<string, string?> { ["PartSize"] = (5 * 1024 * 1024).ToString() });
        return _s3.Store;
    }
}
