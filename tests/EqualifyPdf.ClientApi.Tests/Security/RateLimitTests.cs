using System.Net;
using System.Net.Http.Json;
using EqualifyPdf.ClientApi.Tests.Infrastructure;

namespace EqualifyPdf.ClientApi.Tests.Security;

/// <summary>Per-key (and per-token) fixed windows, configured small here; a refusal is 429 with <c>Retry-After</c>.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RateLimitTests(ClusterFixture cluster)
{
    private const string SomeJob = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task Reads_OverTheLimit_Return429WithRetryAfterPerKey()
    {
        await using var api = cluster.CreateApi(TestKeys.Settings(new Dictionary<string, string?> { ["RateLimits:Reads:PermitLimit"] = "2" }));
        using var alice = api.CreateClient(TestKeys.Alice);
        using var bob = api.CreateClient(TestKeys.Bob);

        for (var i = 0; i < 2; i++)
        {
            using var allowed = await alice.GetAsync($"/api/v1/documents/{SomeJob}");
            Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode);
        }

        using var refused = await alice.GetAsync($"/api/v1/documents/{SomeJob}");
        await AssertTooManyAsync(refused);

        // Bob has a window of his own.
        using var other = await bob.GetAsync($"/api/v1/documents/{SomeJob}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task Submit_OverTheLimit_Returns429()
    {
        await using var api = cluster.CreateApi(TestKeys.Settings(new Dictionary<string, string?> { ["RateLimits:Submit:PermitLimit"] = "1" }));
        using var alice = api.CreateClient(TestKeys.Alice);
        await alice.SubmitAsync(TestPdfs.Clean());

        using var refused = await alice.PostAsync("/api/v1/documents/submit", ApiClient.Upload(TestPdfs.Clean()));
        await AssertTooManyAsync(refused);
    }

    [Fact]
    public async Task Decisions_OverTheLimit_Return429PerToken()
    {
        await using var api = cluster.CreateApi(TestKeys.Settings(new Dictionary<string, string?> { ["RateLimits:Decisions:PermitLimit"] = "2" }));
        using var anonymous = api.CreateClient();
        var token = new string('A', 43);
        var body = new { decision = "approved", justification = "ok", reviewed_by = "Registrar" };
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await anonymous.PostAsJsonAsync($"/api/v1/approval/{token}/decision", body);
            Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode);
        }

        using var refused = await anonymous.PostAsJsonAsync($"/api/v1/approval/{token}/decision", body);
        await AssertTooManyAsync(refused);

        using var otherToken = await anonymous.PostAsJsonAsync($"/api/v1/approval/{new string('B', 43)}/decision", body);
        Assert.Equal(HttpStatusCode.NotFound, otherToken.StatusCode);
    }

    [Fact]
    public async Task LocalOperator_IsNotLimitedOnReads()
    {
        await using var api = cluster.CreateApi(new Dictionary<string, string?> { ["RateLimits:Reads:PermitLimit"] = "1" });
        using var client = api.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync($"/api/v1/documents/{SomeJob}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal(429, (await response.ReadProblemAsync()).GetProperty("status").GetInt32());
    }
}
