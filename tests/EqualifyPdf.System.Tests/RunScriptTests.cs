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
            await HttpPolling.WaitHealthyAsync(api, TimeSpan.FromSeconds(240), run.ReadLog);

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
