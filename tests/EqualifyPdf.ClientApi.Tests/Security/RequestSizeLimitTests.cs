using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EqualifyPdf.ClientApi.Tests.Infrastructure;

namespace EqualifyPdf.ClientApi.Tests.Security;

/// <summary>
/// Decision bodies stop at 16 KB and uploads at the file limit plus framing, whether or not the length is declared;
/// only the expected multipart fields are read, each once. A rejected upload leaves no blob (its own blob folder).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RequestSizeLimitTests : IAsyncLifetime
{
    private const int Limit = SmallUploadApi.Limit;
    private readonly SmallUploadApi _api;
    private readonly HttpClient _client;

    public RequestSizeLimitTests(ClusterFixture cluster)
    {
        _api = new SmallUploadApi(cluster, "equalify-limits-");
        _client = _api.Client;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Decision_BodyOver16KB_Returns413(bool chunked)
    {
        var json = $$"""{"decision":"approved","justification":"{{new string('x', 17 * 1024)}}","reviewed_by":"Registrar"}""";
        using var response = await _client.SendAsync(Decision(json, chunked));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await response.ReadProblemAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Decision_SmallChunkedBody_IsReadAndValidated()
    {
        // Read in full: the body's own (valid) content reaches the token check, which answers 404.
        using var response = await _client.SendAsync(Decision("""{"decision":"approved","justification":"ok","reviewed_by":"Registrar"}""", chunked: true));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Submit_ChunkedBodyPastFileLimitPlusFraming_Returns413AndStoresNothing()
    {
        // The file is small; a huge title makes the body too large, which is found while streaming.
        var form = ApiClient.Upload(TestPdfs.Clean(), title: new string('t', 200_000));
        using var response = await _client.SendAsync(Submit(form, chunked: true));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        AssertNothingStored();
    }

    [Fact]
    public async Task Submit_UnknownSection_Returns400AndStoresNothing()
    {
        var form = ApiClient.Upload(TestPdfs.Clean());
        form.Add(new ByteArrayContent(new byte[1024]), "attachment", "other.bin");
        using var response = await _client.PostAsync("/api/v1/documents/submit", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadProblemAsync()).GetProperty("errors");
        Assert.Contains("'attachment'", errors.GetProperty("attachment")[0].GetString(), StringComparison.Ordinal);
        AssertNothingStored();
    }

    [Theory]
    [InlineData("title")]
    [InlineData("language")]
    [InlineData("file")]
    public async Task Submit_RepeatedSection_Returns400AndStoresNothing(string field)
    {
        var form = ApiClient.Upload(TestPdfs.Clean(), title: "Week 1", language: "en");
        if (field == "file")
        {
            form.Add(new ByteArrayContent(TestPdfs.Clean()), "file", "second.pdf");
        }
        else
        {
            form.Add(new StringContent("again"), field);
        }

        using var response = await _client.PostAsync("/api/v1/documents/submit", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadProblemAsync()).GetProperty("errors").TryGetProperty(field, out _));
        AssertNothingStored();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static HttpRequestMessage Decision(string json, bool chunked)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var type = new MediaTypeHeaderValue("application/json");
        HttpContent content = chunked ? ChunkedContent.From(bytes, type) : new ByteArrayContent(bytes) { Headers = { ContentType = type } };
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/approval/{new string('C', 43)}/decision") { Content = content };
        request.Headers.TransferEncodingChunked = chunked;
        return request;
    }

    private static HttpRequestMessage Submit(MultipartFormDataContent form, bool chunked)
    {
        var content = ChunkedContent.From(form.ReadAsByteArrayAsync().GetAwaiter().GetResult(), form.Headers.ContentType);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents/submit") { Content = content };
        request.Headers.TransferEncodingChunked = chunked;
        return request;
    }

    private void AssertNothingStored() => _api.AssertNothingStored();
}
