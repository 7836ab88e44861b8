using System.Net;
using System.Reflection;
using EqualifyPdf.ClientApi.Tests.Infrastructure;
using EqualifyPdf.Hosting.Security;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.ClientApi.Tests.Security;

/// <summary>No keys: every request is the local operator on a loopback-only API, and an exposed API refuses to start.</summary>
[Collection(ClusterCollection.Name)]
public sealed class LocalOperatorTests(ClusterFixture cluster)
{
    [Fact]
    public async Task NoKeys_LoopbackOnly_EveryRequestIsTheLocalOperatorAndStartUpSaysSoOnce()
    {
        await using var api = cluster.CreateApi(new Dictionary<string, string?> { ["Urls"] = "http://127.0.0.1:8080;http://localhost:8090" });
        using var client = api.CreateClient();
        var jobId = await client.SubmitAsync(TestPdfs.Clean());

        var first = (await client.GetJobAsync(jobId)).GetProperty("history").EnumerateArray().First();
        Assert.Equal("local-operator", first.GetProperty("actor").GetString());
        Assert.Single(api.Logs.Lines, line => line.Contains("every request is local-operator", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Urls", "http://0.0.0.0:8080")]
    [InlineData("Urls", "http://+:8080")]
    [InlineData("Urls", "http://127.0.0.1:8080;http://[::]:8080")]
    [InlineData("Urls", "http://api.example.org:8080")]
    [InlineData("http_ports", "8080")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://192.0.2.10:8080")]
    public async Task NoKeys_ListeningBeyondLoopback_RefusesToStartWithOneLine(string key, string value)
    {
        await using var api = cluster.CreateApi(new Dictionary<string, string?> { [key] = value });
        var error = Assert.IsType<OptionsValidationException>(Unwrap(Record.Exception(() => api.Server)));
        Assert.Equal(ApiKeyOptionsValidator.ExposedWithoutKeys, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task Keys_ListeningBeyondLoopback_StartsAndAnswersKeyedRequests()
    {
        await using var api = cluster.CreateApi(TestKeys.Settings(new Dictionary<string, string?> { ["Urls"] = "http://0.0.0.0:8080" }));
        using var client = api.CreateClient(TestKeys.Alice);
        using var response = await client.GetAsync("/api/v1/documents/0123456789abcdef0123456789abcdef");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(api.Logs.Lines, line => line.Contains("local-operator", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadKeyConfiguration_RefusesToStartNamingEveryProblem()
    {
        await using var api = cluster.CreateApi(new Dictionary<string, string?>
        {
            ["Auth:ApiKeys:0:Name"] = "alice",
            ["Auth:ApiKeys:0:Role"] = "admin",
            ["Auth:ApiKeys:0:KeySha256"] = "not-a-hash",
            ["Auth:ApiKeys:1:Name"] = "alice",
            ["Auth:ApiKeys:1:Role"] = "submitter",
            ["Auth:ApiKeys:1:KeySha256"] = new string('a', 64),
        });
        var error = Assert.IsType<OptionsValidationException>(Unwrap(Record.Exception(() => api.Server)));
        Assert.Contains("Auth:ApiKeys:0:Role", error.Message, StringComparison.Ordinal);
        Assert.Contains("Auth:ApiKeys:0:KeySha256", error.Message, StringComparison.Ordinal);
        Assert.Contains("'alice' is used more than once", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("http://127.0.0.2:8080", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://[::1]:8080", true)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://[::]:8080", false)]
    [InlineData("http://10.0.0.5:8080", false)]
    [InlineData("http://example.org", false)]
    public void IsLoopback_Address_ClassifiedAsKestrelBindsIt(string url, bool loopback) =>
        Assert.Equal(loopback, ListenAddresses.IsLoopback(url));

    private static Exception? Unwrap(Exception? error)
    {
        while (error is AggregateException or TargetInvocationException && error.InnerException is not null)
        {
            error = error.InnerException;
        }

        return error;
    }
}
