using System.Net;
using System.Text.Json;
using EqualifyPdf.ClientApi.Tests.Infrastructure;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>No lost uploads: a repeated request with the same Idempotency-Key is the same job, and a silo that is
/// too far behind refuses uploads with 503 + Retry-After before reading them.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AdmissionAndIdempotencyTests(ClusterFixture cluster)
{
    [Fact]
    public async Task Submit_SameIdempotencyKeyTwice_SameJobAndOneHistory()
    {
        using var client = cluster.Api.CreateClient();
        var key = "batch-7/" + Guid.NewGuid().ToString("N");

        var (first, firstBody) = await SubmitWithKeyAsync(client, key);
        var (second, secondBody) = await SubmitWithKeyAsync(client, key);

        Assert.Equal(HttpStatusCode.Accepted, first);
        Assert.Equal(HttpStatusCode.Accepted, second);
        var jobId = firstBody.GetProperty("job_id").GetString()!;
        Assert.Equal(jobId, secondBody.GetProperty("job_id").GetString());
        var job = await client.WaitForStatusAsync(jobId, "completed");
        Assert.Single(job.GetProperty("history").EnumerateArray(), h => h.GetProperty("to").GetString() == "submitted");
    }

    [Fact]
    public async Task Submit_IdempotencyKeyWithControlCharacters_Returns400()
    {
        using var client = cluster.Api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents/submit") { Content = ApiClient.Upload(TestPdfs.Clean()) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "bad key with spaces");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Submit_BacklogAboveBound_Returns503WithRetryAfterAndStoresNothing()
    {
        var blobRoot = Directory.CreateTempSubdirectory("equalify-admission-").FullName;
        await using var api = cluster.CreateApi(new Dictionary<string, string?>
        {
            ["BlobStorage:LocalRoot"] = blobRoot,
            ["Uploads:MaxBacklog"] = "-1", // any backlog, even none, is too much: the refusal path on demand
        });
        using var client = api.CreateClient();

        using var response = await client.PostAsync("/api/v1/documents/submit", ApiClient.Upload(TestPdfs.Clean()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Empty(Directory.EnumerateFiles(blobRoot, "*", SearchOption.AllDirectories));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SubmitWithKeyAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents/submit") { Content = ApiClient.Upload(TestPdfs.Clean()) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body);
    }
}
