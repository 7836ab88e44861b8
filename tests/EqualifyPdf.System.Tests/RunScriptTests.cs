using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using EqualifyPdf.System.Tests.Infrastructure;

namespace EqualifyPdf.System.Tests;

/// <summary>The README's first command, end to end: ./run.sh, submit, approve through the outbox link, download, Ctrl-C.</summary>
public sealed class RunScriptTests
{
    [Fact]
    public async Task RunSh_SubmitApproveDownload_ThenCtrlCStopsEverything()
    {
        var data = Directory.CreateTempSubdirectory("equalify-runsh-").FullName;
        var port = FreePort.Next();
        var siloHttpPort = FreePort.Next();
        var environment = new Dictionary<string, string>
        {
            ["PORT"] = Text(port),
            ["SILO_HTTP_PORT"] = Text(siloHttpPort),
            ["SILO_PORT"] = Text(FreePort.Next()),
            ["GATEWAY_PORT"] = Text(FreePort.Next()),
            ["GARNET_PORT"] = Text(FreePort.Next()),
            ["EQUALIFY_DATA_DIR"] = data,
        };
        var run = HostProcess.Start("bash", [Path.Combine(RepoPaths.Root, "run.sh")], environment, RepoPaths.Root, Path.Combine(data, "run.log"));
        using var api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            // Includes run.sh's own (incremental) build.
            await HttpPolling.WaitHealthyAsync(api, TimeSpan.FromSeconds(240), run);

            var jobId = await HttpPolling.SubmitAsync(api, TestPdfs.WithPii(), "grades.pdf");
            await HttpPolling.WaitForStatusAsync(api, jobId, "awaiting_approval", TimeSpan.FromSeconds(60));
            var reviewUrl = await Outbox.WaitForReviewUrlAsync(Path.Combine(data, "outbox"), jobId);
            Assert.Equal(port, reviewUrl.Port);

            using var review = await api.GetAsync(reviewUrl);
            Assert.Equal(HttpStatusCode.OK, review.StatusCode);
            var decisionUrl = new Uri(reviewUrl.ToString().Replace("/review", "/decision", StringComparison.Ordinal));
            using var decision = await api.PostAsJsonAsync(decisionUrl,
                new { decision = "approved", justification = "Needed for grading.", reviewed_by = "Registrar" });
            Assert.Equal(HttpStatusCode.OK, decision.StatusCode);

            await HttpPolling.WaitForStatusAsync(api, jobId, "completed", TimeSpan.FromSeconds(90));
            using var html = await api.GetAsync($"/api/v1/documents/{jobId}/result?format=html");
            Assert.Equal(HttpStatusCode.OK, html.StatusCode);
            Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Grade report", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True(Directory.Exists(Path.Combine(data, "garnet")), "Garnet data is not under the data folder");

            Assert.True(await run.SignalAndWaitAsync("INT", TimeSpan.FromSeconds(60)), "run.sh did not stop on Ctrl-C");
            Assert.False(IsListening(port), "client-api still listening after Ctrl-C");
            Assert.False(IsListening(siloHttpPort), "silo still listening after Ctrl-C");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\n{run.ReadLog()}");
        }
        finally
        {
            run.Dispose();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task RunSh_ThreeSilosTwoApisOnRedis_JobSubmittedThroughOneApiCompletesSeenThroughTheOther()
    {
        using var redis = await RedisServer.StartAsync();
        var data = Directory.CreateTempSubdirectory("equalify-runsh-cluster-").FullName;
        var port = FreePort.Next();
        var siloHttpPort = FreePort.Next();
        var environment = new Dictionary<string, string>
        {
            ["SILOS"] = "3",
            ["APIS"] = "2",
            ["PORT"] = Text(port),
            ["SILO_HTTP_PORT"] = Text(siloHttpPort),
            ["SILO_PORT"] = Text(FreePort.Next()),
            ["GATEWAY_PORT"] = Text(FreePort.Next()),
            ["EQUALIFY_DATA_DIR"] = data,
            ["EQUALIFY_SKIP_BUILD"] = "1",
            ["Redis__ConnectionString"] = redis.ConnectionString,
        };
        var run = HostProcess.Start("bash", [Path.Combine(RepoPaths.Root, "run.sh")], environment, RepoPaths.Root, Path.Combine(data, "run.log"));
        using var first = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        using var second = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port + 10}"), Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            await HttpPolling.WaitHealthyAsync(second, TimeSpan.FromSeconds(240), run);
            foreach (var silo in new[] { siloHttpPort, siloHttpPort + 10, siloHttpPort + 20 })
            {
                Assert.Contains($"on http://127.0.0.1:{silo}", run.ReadLog(), StringComparison.Ordinal);
            }

            var jobId = await HttpPolling.SubmitAsync(second, TestPdfs.Clean(3));
            await HttpPolling.WaitForStatusAsync(first, jobId, "completed", TimeSpan.FromSeconds(120));

            Assert.True(await run.SignalAndWaitAsync("INT", TimeSpan.FromSeconds(60)), "run.sh did not stop on Ctrl-C");
            Assert.False(IsListening(port + 10), "the second client-api still listening after Ctrl-C");
            Assert.False(IsListening(siloHttpPort + 20), "the third silo still listening after Ctrl-C");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\n{run.ReadLog()}");
        }
        finally
        {
            run.Dispose();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task RunSh_SeveralSilosWithoutRedis_RefusesWithOneLine()
    {
        var run = HostProcess.Start("bash", [Path.Combine(RepoPaths.Root, "run.sh")],
            new Dictionary<string, string> { ["SILOS"] = "2", ["Redis__ConnectionString"] = "", ["EQUALIFY_SKIP_BUILD"] = "1" },
            RepoPaths.Root, Path.Combine(Path.GetTempPath(), $"equalify-runsh-refusal-{Guid.NewGuid():N}.log"));
        try
        {
            Assert.True(await WaitExitAsync(run), "run.sh kept running with SILOS=2 and no Redis");
            var lines = run.ReadLog().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("run.sh: SILOS=2 needs a shared Redis: set Redis__ConnectionString (the embedded Garnet lives inside one silo)", Assert.Single(lines));
        }
        finally
        {
            run.Dispose();
        }
    }

    private static async Task<bool> WaitExitAsync(HostProcess process)
    {
        for (var i = 0; i < 200 && !process.HasExited; i++)
        {
            await Task.Delay(100);
        }

        return process.HasExited;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
