using System.Net;
using System.Text;
using System.Text.Json;
using EqualifyPdf.ClientApi.Tests.Infrastructure;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>
/// Every way an upload can be rejected. These run against a client-api with its own empty blob folder and a 4 KB
/// limit, so "a rejected upload leaves no blob" is checked by looking at the folder.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SubmitValidationTests : IAsyncLifetime
{
    private const int Limit = SmallUploadApi.Limit;
    private readonly SmallUploadApi _api;
    private readonly HttpClient _client;

    public SubmitValidationTests(ClusterFixture cluster)
    {
        _api = new SmallUploadApi(cluster, "equalify-rejects-");
        _client = _api.Client;
    }

    [Fact]
    public async Task Submit_MissingFile_Returns400WithReason()
    {
        var errors = await RejectAsync(ApiClient.Upload(file: null, title: "Week 1"));
        Assert.Contains(errors, e => e.Contains("missing", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Submit_EmptyFile_Returns400WithReason()
    {
        var errors = await RejectAsync(ApiClient.Upload([]));
        Assert.Equal(["The file is empty."], errors);
    }

    [Fact]
    public async Task Submit_WrongMagicBytes_Returns400WithReason()
    {
        var errors = await RejectAsync(ApiClient.Upload("PK\u0003\u0004 not a pdf"u8.ToArray()));
        var error = Assert.Single(errors);
        Assert.Contains("%PDF-", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WrongNameAndType_Returns400ListingBoth()
    {
        var errors = await RejectAsync(ApiClient.Upload(TestPdfs.Clean(), "notes.docx", "application/msword"));
        Assert.Equal(2, errors.Length);
        Assert.Contains(errors, e => e.Contains(".pdf", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("application/msword", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_EveryProblemAtOnce_ListsEveryReason()
    {
        var errors = await RejectAsync(ApiClient.Upload("hello"u8.ToArray(), "notes.txt", "text/plain", language: "not a language!"));
        Assert.Equal(3, errors.Length);
    }

    [Fact]
    public async Task Submit_InvalidLanguage_Returns400OnLanguageField()
    {
        using var response = await _client.PostAsync("/api/v1/documents/submit", ApiClient.Upload(TestPdfs.Clean(), language: "english please"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty("language", out _));
        AssertNothingStored();
    }

    [Fact]
    public async Task Submit_NotMultipart_Returns400()
    {
        using var response = await _client.PostAsync("/api/v1/documents/submit", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadProblemAsync();
        AssertNothingStored();
    }

    [Fact]
    public async Task Submit_AboveLimit_Returns413AndStoresNothing()
    {
        var pdf = new byte[Limit * 16];
        "%PDF-1.7\n"u8.CopyTo(pdf);
        Random.Shared.NextBytes(pdf.AsSpan(9));
        using var response = await _client.PostAsync("/api/v1/documents/submit", ApiClient.Upload(pdf));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        AssertNothingStored();
    }

    [Fact]
    public async Task Submit_AboveLimitWithoutContentLength_Returns413WhileStreaming()
    {
        var pdf = new byte[Limit * 4];
        "%PDF-1.7\n"u8.CopyTo(pdf);
        var form = ApiClient.Upload(pdf);
        // Chunked: the size is unknown up front, so the limit must be enforced while the file streams in.
        var chunked = new StreamContent(await form.ReadAsStreamAsync());
        chunked.Headers.ContentType = form.Headers.ContentType;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents/submit") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        AssertNothingStored();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task<string[]> RejectAsync(HttpContent content)
    {
        using var response = await _client.PostAsync("/api/v1/documents/submit", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        AssertNothingStored();
        return problem.GetProperty("errors").GetProperty("file").EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    private void AssertNothingStored() => _api.AssertNothingStored();
}
