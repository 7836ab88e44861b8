using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using EqualifyPdf.ClientApi.Tests.Infrastructure;
using EqualifyPdf.Contracts.Approvals;
using EqualifyPdf.Contracts.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace EqualifyPdf.ClientApi.Tests.Security;

/// <summary>The Orleans ports listen on loopback by default, and grains refuse calls that skip the API's checks.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClosedClusterTests(ClusterFixture cluster)
{
    private readonly HttpClient _client = cluster.Api.CreateClient();

    private IClusterClient Grains => cluster.Api.Services.GetRequiredService<IClusterClient>();

    [Fact]
    public async Task SiloAndGatewayPorts_ByDefault_AreReachableOnLoopbackOnly()
    {
        foreach (var port in new[] { cluster.OrleansPorts.Silo, cluster.OrleansPorts.Gateway })
        {
            Assert.True(await CanConnectAsync(IPAddress.Loopback, port), $"port {port} should answer on 127.0.0.1");
            foreach (var address in OwnAddresses())
            {
                Assert.False(await CanConnectAsync(address, port), $"port {port} answers on {address}");
            }
        }
    }

    [Fact]
    public async Task Decide_DirectGrainCallWithoutTheTokenHash_IsRefused()
    {
        var jobId = await _client.SubmitAsync(TestPdfs.WithPii());
        await _client.WaitForStatusAsync(jobId, "awaiting_approval");
        var job = Grains.GetGrain<IJobGrain>(jobId);
        var forged = new ReviewDecision(DecisionKind.Approved, "forged", "attacker", DateTimeOffset.UtcNow);

        foreach (var hash in new[] { "", new string('0', 64), ApprovalTokenHash.Compute("a-guessed-token") })
        {
            var result = await job.Decide(forged, hash);
            Assert.Equal(CommandOutcome.Gone, result.Outcome);
            Assert.Null(result.Job);
        }

        Assert.Equal("awaiting_approval", (await _client.GetJobAsync(jobId)).GetProperty("status").GetString());

        // The hash of the real link is what opens it.
        var token = Outbox.TokenOf(await Outbox.WaitForReviewUrlAsync(cluster.OutboxFolder, jobId));
        var decided = await job.Decide(forged with { Decision = DecisionKind.Denied }, ApprovalTokenHash.Compute(token));
        Assert.Equal(CommandOutcome.Applied, decided.Outcome);
    }

    [Fact]
    public async Task Submit_DirectGrainCallWithAnotherJobsUpload_IsRefused()
    {
        var victim = await _client.SubmitAsync(TestPdfs.WithPii());
        var attackerId = Guid.NewGuid().ToString("N");

        var result = await Grains.GetGrain<IJobGrain>(attackerId).Submit(
            new SubmitJobRequest("stolen.pdf", JobBlobKeys.Upload(victim), 1000, null, null, "attacker"));

        Assert.Equal(CommandOutcome.Conflict, result.Outcome);
        Assert.Null(await Grains.GetGrain<IJobGrain>(attackerId).GetSnapshot());
    }

    private static IEnumerable<IPAddress> OwnAddresses() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus == OperationalStatus.Up)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));

    private static async Task<bool> CanConnectAsync(IPAddress address, int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, port)).WaitAsync(TimeSpan.FromSeconds(3));
            return true;
        }
        catch (Exception e) when (e is SocketException or TimeoutException)
        {
            return false;
        }
    }
}
