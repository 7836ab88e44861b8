using System.Net;
using EqualifyPdf.ClientApi.Tests.Infrastructure;
using EqualifyPdf.Storage;
using EqualifyPdf.Storage.Local;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>
/// With a store that hands out direct URLs (S3's presigned GETs), results answer 302 to that URL; <c>?inline=true</c>
/// still streams them. The store here is the cluster's folder with a URL-giving decorator, so no S3 is needed.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ResultRedirectTests(ClusterFixture cluster)
{
    [Fact]
    public async Task GetResult_StoreGivesReadUrl_Redirects302UnlessInline()
    {
        await using var api = cluster.Api.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddSingleton<IBlobStore>(sp => new UrlGivingBlobStore(new LocalFolderBlobStore(sp.GetRequiredService<IOptions<BlobStorageOptions>>())))));
        using var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var jobId = await client.SubmitAsync(TestPdfs.Clean());
        await client.WaitForStatusAsync(jobId, "completed");

        using var redirect = await client.GetAsync($"/api/v1/documents/{jobId}/result?format=markdown");
        using var inline = await client.GetAsync($"/api/v1/documents/{jobId}/result?format=markdown&inline=true");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal($"https://blobs.example.test/results/{jobId}/document.md?signed=1", redirect.Headers.Location?.AbsoluteUri);
        Assert.Equal(HttpStatusCode.OK, inline.StatusCode);
        Assert.Equal("text/markdown", inline.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await inline.Content.ReadAsStringAsync());
    }

    private sealed class UrlGivingBlobStore(IBlobStore inner) : IBlobStore
    {
        public Task<long> WriteAsync(string container, string key, Stream content, CancellationToken cancellationToken = default) =>
            inner.WriteAsync(container, key, content, cancellationToken);

        public Task<Stream?> OpenReadAsync(string container, string key, CancellationToken cancellationToken = default) =>
            inner.OpenReadAsync(container, key, cancellationToken);

        public Task<bool> ExistsAsync(string container, string key, CancellationToken cancellationToken = default) =>
            inner.ExistsAsync(container, key, cancellationToken);

        public Task DeleteAsync(string container, string key, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(container, key, cancellationToken);

        public Task DeletePrefixAsync(string container, string prefix, CancellationToken cancellationToken = default) =>
            inner.DeletePrefixAsync(container, prefix, cancellationToken);

        public IAsyncEnumerable<BlobEntry> ListAsync(string container, string prefix, CancellationToken cancellationToken = default) =>
            inner.ListAsync(container, prefix, cancellationToken);

        public Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default) => inner.IsHealthyAsync(cancellationToken);

        public Task<Uri?> GetReadUrlAsync(string container, string key, TimeSpan? expiry = null, CancellationToken cancellationToken = default) =>
            Task.FromResult<Uri?>(new Uri($"https://blobs.example.test/{container}/{key}?signed=1"));
    }
}
