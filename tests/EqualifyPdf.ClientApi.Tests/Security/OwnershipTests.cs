using System.Net;
using System.Net.Http.Json;
using EqualifyPdf.ClientApi.Tests.Infrastructure;

namespace EqualifyPdf.ClientApi.Tests.Security;

/// <summary>A submitter sees and acts on its own jobs only; reviewers see all; operators act on all, as the actor.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OwnershipTests(ClusterFixture cluster) : IAsyncLifetime
{
    private readonly ClientApiFactory _api = cluster.CreateApi(TestKeys.Settings());

    [Fact]
    public async Task OtherSubmittersJob_Answers404OnEveryRoute()
    {
        using var alice = _api.CreateClient(TestKeys.Alice);
        using var bob = _api.CreateClient(TestKeys.Bob);
        var jobId = await alice.SubmitAsync(TestPdfs.WithPii());
        await alice.WaitForStatusAsync(jobId, "awaiting_approval");

        using var status = await bob.GetAsync($"/api/v1/documents/{jobId}");
        using var result = await bob.GetAsync($"/api/v1/documents/{jobId}/result");
        using var cancel = await bob.PostAsync($"/api/v1/documents/{jobId}/cancel", null);
        using var retry = await bob.PostAsync($"/api/v1/documents/{jobId}/retry", null);
        foreach (var response in new[] { status, result, cancel, retry })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal($"No job has the id '{jobId}'.", (await response.ReadProblemAsync()).GetProperty("detail").GetString());
        }

        // Bob's cancel changed nothing.
        Assert.Equal("awaiting_approval", (await alice.GetJobAsync(jobId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reviewer_SeesAnyJobButMayNotCancelIt()
    {
        using var alice = _api.CreateClient(TestKeys.Alice);
        using var reviewer = _api.CreateClient(TestKeys.Reviewer);
        var jobId = await alice.SubmitAsync(TestPdfs.WithPii());
        await alice.WaitForStatusAsync(jobId, "awaiting_approval");

        using var status = await reviewer.GetAsync($"/api/v1/documents/{jobId}");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        using var cancel = await reviewer.PostAsync($"/api/v1/documents/{jobId}/cancel", null);
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        await cancel.ReadProblemAsync();
        Assert.Equal("awaiting_approval", (await alice.GetJobAsync(jobId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Operator_CancelsAnotherSubmittersJob_AndIsTheHistorysActor()
    {
        using var alice = _api.CreateClient(TestKeys.Alice);
        using var ops = _api.CreateClient(TestKeys.Operator);
        var jobId = await alice.SubmitAsync(TestPdfs.WithPii());
        await alice.WaitForStatusAsync(jobId, "awaiting_approval");

        using var cancel = await ops.PostAsync($"/api/v1/documents/{jobId}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var job = await alice.GetJobAsync(jobId);
        var last = job.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("cancelled", last.GetProperty("to").GetString());
        Assert.Equal("ops", last.GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Submitter_CancelsOwnJob_AsTheActor()
    {
        using var alice = _api.CreateClient(TestKeys.Alice);
        var jobId = await alice.SubmitAsync(TestPdfs.WithPii());
        await alice.WaitForStatusAsync(jobId, "awaiting_approval");

        using var cancel = await alice.PostAsync($"/api/v1/documents/{jobId}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var last = (await alice.GetJobAsync(jobId)).GetProperty("history").EnumerateArray().Last();
        Assert.Equal("alice", last.GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Decision_WithReviewerKey_RecordsTheKeyNameNotTheBody()
    {
        using var alice = _api.CreateClient(TestKeys.Alice);
        using var reviewer = _api.CreateClient(TestKeys.Reviewer);
        var jobId = await alice.SubmitAsync(TestPdfs.WithPii());
        await alice.WaitForStatusAsync(jobId, "awaiting_approval");
        var token = Outbox.TokenOf(await Outbox.WaitForReviewUrlAsync(cluster.OutboxFolder, jobId));

        using var deny = await reviewer.PostAsJsonAsync($"/api/v1/approval/{token}/decision",
            new { decision = "denied", justification = "Grades of a named student.", reviewed_by = "The Dean" });
        Assert.Equal(HttpStatusCode.OK, deny.StatusCode);
        var job = await alice.WaitForStatusAsync(jobId, "denied");
        Assert.Equal("dr-lee", job.GetProperty("decision").GetProperty("reviewed_by").GetString());
        Assert.Equal("dr-lee", job.GetProperty("history").EnumerateArray().Last().GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Decision_TokenOnly_RecordsReviewedByAsGiven()
    {
        using var alice = _api.CreateClient(TestKeys.Alice);
        using var anonymous = _api.CreateClient();
        var jobId = await alice.SubmitAsync(TestPdfs.WithPii());
        await alice.WaitForStatusAsync(jobId, "awaiting_approval");
        var token = Outbox.TokenOf(await Outbox.WaitForReviewUrlAsync(cluster.OutboxFolder, jobId));

        using var deny = await anonymous.PostAsJsonAsync($"/api/v1/approval/{token}/decision",
            new { decision = "denied", justification = "Grades of a named student.", reviewed_by = "Registrar" });
        Assert.Equal(HttpStatusCode.OK, deny.StatusCode);
        var job = await alice.WaitForStatusAsync(jobId, "denied");
        Assert.Equal("Registrar", job.GetProperty("decision").GetProperty("reviewed_by").GetString());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();
}
