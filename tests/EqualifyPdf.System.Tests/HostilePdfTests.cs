using System.Diagnostics;
using EqualifyPdf.System.Tests.Infrastructure;

namespace EqualifyPdf.System.Tests;

/// <summary>
/// Hostile PDFs through the whole service on the embedded default: each job ends with a clear message (or completes),
/// the silo never exits, and a healthy job sent at the same time completes.
/// </summary>
public sealed class HostilePdfTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task HostilePdfs_WithAHealthyJob_EachEndsClearlySiloSurvivesHealthyCompletes()
    {
        using var cluster = new LocalCluster();
        try
        {
            await cluster.StartAsync();
            var siloPid = cluster.SiloProcessId;
            var hostile = new Dictionary<string, byte[]>
            {
                ["bomb.pdf"] = HostilePdfs.DecompressionBomb,
                ["self-referencing-tree.pdf"] = HostilePdfs.SelfReferencingPageTree(),
                ["stack-overflow.pdf"] = HostilePdfs.DeeplyNestedFunction(),
                ["two-thousand-pages.pdf"] = TestPdfs.Clean(2000),
            };
            var jobs = new Dictionary<string, string>();
            foreach (var (name, pdf) in hostile)
            {
                jobs[name] = await HttpPolling.SubmitAsync(cluster.Api, pdf, name);
            }

            var healthy = await HttpPolling.SubmitAsync(cluster.Api, TestPdfs.Clean(3), "healthy.pdf");
            var done = await HttpPolling.WaitForStatusAsync(cluster.Api, healthy, "completed", TimeSpan.FromMinutes(5));
            Assert.Equal(100, done.GetProperty("progress").GetInt32());

            foreach (var (name, jobId) in jobs)
            {
                var job = await WaitForEndAsync(cluster, jobId, TimeSpan.FromMinutes(8));
                var status = job.GetProperty("status").GetString();
                output.WriteLine($"{name}: {status}{(job.GetProperty("error").ValueKind == global::System.Text.Json.JsonValueKind.Object ? " — " + job.GetProperty("error").GetProperty("message").GetString() : "")}");
                Assert.True(status is "completed" or "failed", $"{name}: {status}");
                if (status == "failed")
                {
                    var error = job.GetProperty("error");
                    Assert.Equal("user_fixable", error.GetProperty("category").GetString());
                    Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()), name);
                }
            }

            // The bomb is refused before any decode, with the reason; the silo (and its Garnet) never went down.
            var bomb = await HttpPolling.TryGetJobAsync(cluster.Api, jobs["bomb.pdf"]);
            Assert.Contains("too large to process safely", bomb!.Value.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal(siloPid, cluster.SiloProcessId);
            Assert.False(Process.GetProcessById(siloPid).HasExited);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\n{cluster.Logs()}");
        }
    }

    private static async Task<global::System.Text.Json.JsonElement> WaitForEndAsync(LocalCluster cluster, string jobId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await HttpPolling.TryGetJobAsync(cluster.Api, jobId) is { } job
                && job.GetProperty("status").GetString() is "completed" or "failed" or "denied" or "cancelled")
            {
                return job;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Job {jobId} did not end within {timeout}.");
    }
}
