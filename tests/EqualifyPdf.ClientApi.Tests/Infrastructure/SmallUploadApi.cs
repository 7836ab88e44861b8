namespace EqualifyPdf.ClientApi.Tests.Infrastructure;

/// <summary>
/// A client-api with its own empty blob folder and a 4 KB upload limit, for the tests of rejected uploads: "a rejected
/// upload leaves no blob" is checked by looking at the folder.
/// </summary>
internal sealed class SmallUploadApi : IAsyncDisposable
{
    public const int Limit = 4096;

    private readonly string _blobRoot;
    private readonly ClientApiFactory _api;

    public SmallUploadApi(ClusterFixture cluster, string folderPrefix)
    {
        _blobRoot = Directory.CreateTempSubdirectory(folderPrefix).FullName;
        _api = cluster.CreateApi(new Dictionary<string, string?>
        {
            ["BlobStorage:LocalRoot"] = _blobRoot,
            ["Uploads:MaxBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Client = _api.CreateClient();
    }

    public HttpClient Client { get; }

    public void AssertNothingStored() =>
        Assert.Empty(Directory.EnumerateFiles(_blobRoot, "*", SearchOption.AllDirectories));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _api.DisposeAsync();
        Directory.Delete(_blobRoot, recursive: true);
    }
}
