using System.Net;
using Amazon.S3.Model;

namespace EqualifyPdf.Storage.Tests.S3;

/// <summary>What the S3 store adds beyond the contract: encryption, content types, batches, presigned URLs, aborts.</summary>
[Collection(S3rverCollection.Name)]
public sealed class S3BlobStoreTests(S3rverFixture server) : IAsyncLifetime
{
    private const int PartSize = 5 * 1024 * 1024;
    private S3TestStore _s3 = null!;

    public async Task InitializeAsync() =>
        _s3 = await S3TestStore.CreateAsync(server, new Dictionary<string, string?> { ["PartSize"] = PartSize.ToString() });

    public async Task DisposeAsync() => await _s3.DisposeAsync();

    [Fact]
    public async Task WriteAsync_SinglePutAndMultipart_SendAes256ServerSideEncryption()
    {
        await _s3.Store.WriteAsync(BlobContainers.Temp, "job1/small.json", new MemoryStream([1, 2, 3]));
        await _s3.Store.WriteAsync(BlobContainers.Temp, "job1/large.pdf", new NonSeekableStream(new byte[PartSize + 10]));

        var put = Assert.Single(_s3.Handler.Where(HttpMethod.Put), r => r.Uri.AbsolutePath.EndsWith("/job1/small.json", StringComparison.Ordinal));
        Assert.Equal("AES256", put.Headers["x-amz-server-side-encryption"]);
        var initiate = Assert.Single(_s3.Handler.Where(HttpMethod.Post), r => r.Uri.Query.Contains("uploads", StringComparison.Ordinal));
        Assert.Equal("AES256", initiate.Headers["x-amz-server-side-encryption"]);
        Assert.Equal(2, _s3.Handler.Where(HttpMethod.Put).Count(r => r.Uri.Query.Contains("partNumber=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WriteAsync_ManySmallBlobs_NeverAllocatePartBuffers()
    {
        await _s3.Store.WriteAsync(BlobContainers.Temp, "warm/up.json", new MemoryStream([1]));
        var before = GC.GetTotalAllocatedBytes(precise: true);

        for (var i = 0; i < 50; i++)
        {
            await _s3.Store.WriteAsync(BlobContainers.Temp, $"job1/pages/{i}.json", new MemoryStream(new byte[4096]));
        }

        // A 5 MiB part buffer per write would be 250 MB; small blobs go out of a 64 KiB buffer.
        Assert.InRange(GC.GetTotalAllocatedBytes(precise: true) - before, 0, 40L * 1024 * 1024);
    }

    [Fact]
    public async Task WriteAsync_KmsConfigured_SendsKmsEncryptionAndKeyId()
    {
        await using var kms = await S3TestStore.CreateAsync(server, new Dictionary<string, string?>
        {
            ["ServerSideEncryption"] = "aws:kms",
            ["KmsKeyId"] = "alias/equalify-test",
        });

        await kms.Store.WriteAsync(BlobContainers.Results, "job1/document.html", new MemoryStream([60, 112, 62]));

        var put = Assert.Single(kms.Handler.Where(HttpMethod.Put));
        Assert.Equal("aws:kms", put.Headers["x-amz-server-side-encryption"]);
        Assert.Equal("alias/equalify-test", put.Headers["x-amz-server-side-encryption-aws-kms-key-id"]);
    }

    [Theory]
    [InlineData("job1/source.pdf", "application/pdf")]
    [InlineData("job1/document.html", "text/html; charset=utf-8")]
    [InlineData("job1/document.md", "text/markdown; charset=utf-8")]
    [InlineData("job1/ledger.json", "application/json; charset=utf-8")]
    [InlineData("job1/blob", "application/octet-stream")]
    public async Task WriteAsync_Key_StoresContentTypeOfItsExtension(string key, string contentType)
    {
        await _s3.Store.WriteAsync(BlobContainers.Results, key, new MemoryStream([1]));

        var metadata = await server.Admin.GetObjectMetadataAsync(_s3.ResultsBucket, key);
        Assert.Equal(contentType, metadata.Headers.ContentType);
    }

    [Fact]
    public async Task DeletePrefixAsync_MoreThanThousandKeys_DeletesThemInBatchesOfThousand()
    {
        // A survivor in the same folder: s3rver's multi-delete fails (500, then fine on retry) when it empties a
        // folder, and this test counts the batches.
        var keys = Enumerable.Range(0, 1100).Select(i => $"bulk1/pages/p{i}.json").Append("bulk1/pages/q.json").ToList();
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (key, ct) =>
            await _s3.Store.WriteAsync(BlobContainers.Temp, key, new MemoryStream([1]), ct));

        await _s3.Store.DeletePrefixAsync(BlobContainers.Temp, "bulk1/pages/p");

        var left = await server.Admin.ListObjectsV2Async(new ListObjectsV2Request { BucketName = _s3.TempBucket });
        Assert.Equal(["bulk1/pages/q.json"], left.S3Objects.Select(o => o.Key));
        Assert.Equal(2, _s3.Handler.Where(HttpMethod.Post).Count(r => r.Uri.Query.Contains("delete", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task GetReadUrlAsync_PresignedUrl_DownloadsTheObjectOverPlainHttp()
    {
        var html = "<!doctype html><title>t</title>"u8.ToArray();
        await _s3.Store.WriteAsync(BlobContainers.Results, "job1/document.html", new MemoryStream(html));

        var url = await _s3.Store.GetReadUrlAsync(BlobContainers.Results, "job1/document.html");

        Assert.NotNull(url);
        Assert.Equal(Uri.UriSchemeHttp, url.Scheme);
        var expires = int.Parse(System.Web.HttpUtility.ParseQueryString(url.Query)["X-Amz-Expires"]!);
        Assert.InRange(expires, 899, 901);
        using var http = new HttpClient();
        using var response = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(html, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task WriteAsync_SourceFailsAfterTwoParts_AbortsTheUploadAndLeavesNoBlob()
    {
        await Assert.ThrowsAsync<IOException>(() =>
            _s3.Store.WriteAsync(BlobContainers.Temp, "job3/source.pdf", new FailingStream(goodBytes: (2 * PartSize) + 100)));

        Assert.False(await _s3.Store.ExistsAsync(BlobContainers.Temp, "job3/source.pdf"));
        Assert.Single(_s3.Handler.Where(HttpMethod.Delete), r => r.Uri.Query.Contains("uploadId=", StringComparison.Ordinal));
        Assert.DoesNotContain(_s3.Handler.Where(HttpMethod.Post), r => r.Uri.Query.Contains("uploadId=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IsHealthyAsync_MissingBucket_ReturnsFalse()
    {
        await using var broken = await S3TestStore.CreateAsync(server, new Dictionary<string, string?> { ["ResultsBucket"] = "no-such-bucket" });

        Assert.False(await broken.Store.IsHealthyAsync());
        Assert.Equal(2, broken.Handler.Requests.Count(r => r.Method == HttpMethod.Head));
    }
}
