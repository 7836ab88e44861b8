using System.Net;
using System.Net.Http.Json;
using EqualifyPdf.System.Tests.Infrastructure;

namespace EqualifyPdf.System.Tests;

/// <summary>
/// kill -9 of the silo (and the Garnet inside it) in the middle of a job, then a restart on the same data:
/// nothing a grain saw written may be lost, nothing finished may be redone.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Pages = 8;
    private const int Concurrency = 2;

    [Fact]
    public async Task KillSilo_WhileProcessing_JobCompletesWithoutRedoingFinishedPages()
    {
        var journal = Path.Combine(Path.GetTempPath(), $"equalify-journal-{Guid.NewGuid():N}.txt");
        using var cluster = new LocalCluster(new Dictionary<string, string>
        {
            ["Workflow__PageConcurrency"] = Concurrency.ToString(global::System.Globalization.CultureInfo.InvariantCulture),
            ["Diagnostics__PageCorrectionDelay"] = "00:00:00.600",
            ["Diagnostics__CorrectionJournalPath"] = journal,
        });
        try
        {
            await cluster.StartAsync();
            var jobId = await HttpPolling.SubmitAsync(cluster.Api, TestPdfs.Clean(Pages));

            var beforeKill = await WaitForCorrectionsAsync(journal, jobId, minimum: 3, TimeSpan.FromSeconds(90), cluster);
            cluster.KillSilo();
            var killedAtLine = ReadJournal(journal, jobId).Count;
            await cluster.StartSiloAsync();

            var job = await HttpPolling.WaitForStatusAsync(cluster.Api, jobId, "completed", TimeSpan.FromSeconds(120));
            Assert.Equal(100, job.GetProperty("progress").GetInt32());

            // Every page was corrected; pages that finished well before the kill (all but the last in-flight batch)
            // were not corrected again after the restart.
            var all = ReadJournal(journal, jobId);
            Assert.Equal(Enumerable.Range(1, Pages), all.Distinct().Order());
            var settled = beforeKill.Take(Math.Max(0, beforeKill.Count - Concurrency)).ToHashSet();
            var afterRestart = all.Skip(killedAtLine).ToList();
            Assert.NotEmpty(afterRestart); // the kill really interrupted the job
            Assert.Empty(afterRestart.Intersect(settled));
            Assert.True(afterRestart.Count < Pages, $"all pages redone after restart: {string.Join(',', afterRestart)}");

            AssertOneTransitionPerStep(HttpPolling.History(job), "submitted", "pii_scanning", "processing", "completed");

            using var html = await cluster.Api.GetAsync($"/api/v1/documents/{jobId}/result?format=html");
            Assert.Equal(HttpStatusCode.OK, html.StatusCode);
            var text = await html.Content.ReadAsStringAsync();
            Assert.Contains("Thermodynamics", text, StringComparison.Ordinal);
            Assert.Contains("Magnetism", text, StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\n{cluster.Logs()}");
        }
        finally
        {
            File.Delete(journal);
        }
    }

    [Fact]
    public async Task KillSilo_WhileAwaitingApproval_TokenStillWorksAndDeadlineStillFires()
    {
        // Long enough for a kill and restart on a busy machine, short enough to wait for the deadline.
        var approvalTimeout = TimeSpan.FromSeconds(45);
        using var cluster = new LocalCluster(new Dictionary<string, string> { ["Workflow__ApprovalTimeout"] = approvalTimeout.ToString() });
        try
        {
            await cluster.StartAsync();
            var approved = await HttpPolling.SubmitAsync(cluster.Api, TestPdfs.WithPii(), "roster.pdf");
            var expiring = await HttpPolling.SubmitAsync(cluster.Api, TestPdfs.WithPii(), "grades.pdf");
            await HttpPolling.WaitForStatusAsync(cluster.Api, approved, "awaiting_approval", TimeSpan.FromSeconds(60));
            await HttpPolling.WaitForStatusAsync(cluster.Api, expiring, "awaiting_approval", TimeSpan.FromSeconds(60));
            var approveUrl = await Outbox.WaitForReviewUrlAsync(cluster.OutboxFolder, approved);
            var expiringUrl = await Outbox.WaitForReviewUrlAsync(cluster.OutboxFolder, expiring);

            cluster.KillSilo();
            await cluster.StartSiloAsync();

            // The link issued before the crash still opens the review and takes the decision.
            using var review = await RetryWhileUnavailableAsync(() => cluster.Api.GetAsync(approveUrl.PathAndQuery));
            Assert.Equal(HttpStatusCode.OK, review.StatusCode);
            // Safe to repeat: the same decision twice has one effect.
            using var decision = await RetryWhileUnavailableAsync(() => cluster.Api.PostAsJsonAsync(
                approveUrl.PathAndQuery.Replace("/review", "/decision", StringComparison.Ordinal),
                new { decision = "approved", justification = "Roster needed for the course.", reviewed_by = "Dr. Lee" }));
            Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
            var done = await HttpPolling.WaitForStatusAsync(cluster.Api, approved, "completed", TimeSpan.FromSeconds(90));
            AssertOneTransitionPerStep(HttpPolling.History(done), "submitted", "pii_scanning", "awaiting_approval", "processing", "completed");

            // The other job's deadline reminder survived the crash and fires on the restarted silo.
            var denied = await HttpPolling.WaitForStatusAsync(cluster.Api, expiring, "denied", approvalTimeout + TimeSpan.FromSeconds(60));
            var history = HttpPolling.History(denied);
            Assert.Equal(("awaiting_approval", "denied", "approval_timeout"), history[^1]);
            AssertOneTransitionPerStep(history, "submitted", "pii_scanning", "awaiting_approval", "denied");
            using var gone = await cluster.Api.GetAsync(expiringUrl.PathAndQuery);
            Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\n{cluster.Logs()}");
        }
    }

    private static void AssertOneTransitionPerStep(List<(string? From, string To, string Reason)> history, params string[] steps) =>
        Assert.Equal(steps, history.Select(h => h.To).ToArray());

    private static async Task<HttpResponseMessage> RetryWhileUnavailableAsync(Func<Task<HttpResponseMessage>> send)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var response = await send();
            if ((int)response.StatusCode < 500 || DateTime.UtcNow > deadline)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(200);
        }
    }

    private static async Task<List<int>> WaitForCorrectionsAsync(string journal, string jobId, int minimum, TimeSpan timeout, LocalCluster cluster)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var pages = ReadJournal(journal, jobId);
            if (pages.Count >= minimum)
            {
                return pages;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Fewer than {minimum} pages corrected within {timeout}.\n{cluster.Logs()}");
    }

    private static List<int> ReadJournal(string journal, string jobId)
    {
        if (!File.Exists(journal))
        {
            return [];
        }

        using var stream = new FileStream(journal, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .Where(parts => parts.Length == 3 && parts[0] == jobId)
            .Select(parts => int.Parse(parts[1], global::System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
    }
}
