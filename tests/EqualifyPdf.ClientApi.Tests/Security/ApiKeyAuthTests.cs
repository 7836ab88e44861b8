using System.Net;
using System.Net.Http.Json;
using EqualifyPdf.ClientApi.Tests.Infrastructure;

namespace EqualifyPdf.ClientApi.Tests.Security;

/// <summary>With keys configured: every route but health and the token routes needs a valid <c>X-API-Key</c>.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ApiKeyAuthTests(ClusterFixture cluster) : IAsyncLifetime
{
    private const string SomeJob = "0123456789abcdef0123456789abcdef";
    private readonly ClientApiFactory _api = cluster.CreateApi(TestKeys.Settings());

    public static TheoryData<string, string> ProtectedRoutes() => new()
    {
        { "POST", "/api/v1/documents/submit" },
        { "GET", $"/api/v1/documents/{SomeJob}" },
        { "GET", $"/api/v1/documents/{SomeJob}/result" },
        { "POST", $"/api/v1/documents/{SomeJob}/cancel" },
        { "POST", $"/api/v1/documents/{SomeJob}/retry" },
    };

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task ProtectedRoute_WithoutKey_Returns401ProblemDetails(string method, string path)
    {
        using var client = _api.CreateClient();
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Contains("X-API-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "ApiKey");
    }

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task ProtectedRoute_WithWrongKey_Returns401(string method, string path)
    {
        using var client = _api.CreateClient(TestKeys.Alice with { Key = TestKeys.Alice.Key + "x" });
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("The API key is not valid.", (await response.ReadProblemAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnonymousRoutes_WithKeysConfigured_AnswerWithoutKey()
    {
        using var client = _api.CreateClient();
        using var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        // A token is its own credential: an unknown one is 404, not 401.
        using var review = await client.GetAsync("/api/v1/approval/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/review");
        Assert.Equal(HttpStatusCode.NotFound, review.StatusCode);
        using var decision = await client.PostAsJsonAsync("/api/v1/approval/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/decision",
            new { decision = "approved", justification = "ok", reviewed_by = "someone" });
        Assert.Equal(HttpStatusCode.NotFound, decision.StatusCode);
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("dr-lee")]
    [InlineData("ops")]
    public async Task Submit_WithAnyRolesKey_RecordsTheKeyNameAsSubmitter(string name)
    {
        var key = TestKeys.All.Single(k => k.Name == name);
        using var client = _api.CreateClient(key);
        var jobId = await client.SubmitAsync(TestPdfs.Clean());

        var job = await client.GetJobAsync(jobId);
        var first = job.GetProperty("history").EnumerateArray().First();
        Assert.Equal(name, first.GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Key_SentTwice_Returns401()
    {
        using var client = _api.CreateClient(TestKeys.Operator);
        client.DefaultRequestHeaders.Add("X-API-Key", TestKeys.Alice.Key);
        using var response = await client.GetAsync($"/api/v1/documents/{SomeJob}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();
}
