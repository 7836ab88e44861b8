using System.Net;
using System.Net.Http.Json;
using EqualifyPdf.ClientApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.ClientApi.Tests.Security;

/// <summary>Structured JSON logs, and not one line of them — API or silo — holds a raw finding value, token or key.</summary>
[Collection(ClusterCollection.Name)]
public sealed class LogScanTests(ClusterFixture cluster)
{
    // The raw values the PII test document holds (TestPdfs.WithPii).
    private static readonly string[] FindingValues =
        ["Maria Gonzalez", "maria.gonzalez@example.edu", "(617) 555-0147", "555-0147", "123-45-6789"];

    [Fact]
    public async Task PiiJob_EveryLogLineOfApiAndSilo_HoldsNoFindingValueTokenOrKey()
    {
        await using var api = cluster.CreateApi(TestKeys.Settings(), traceAspNetCore: true);
        using var alice = api.CreateClient(TestKeys.Alice);
        using var reviewer = api.CreateClient(TestKeys.Reviewer);
        using var anonymous = api.CreateClient();

        var jobId = await alice.SubmitAsync(TestPdfs.WithPii());
        await alice.WaitForStatusAsync(jobId, "awaiting_approval");
        var token = Outbox.TokenOf(await Outbox.WaitForReviewUrlAsync(cluster.OutboxFolder, jobId));
        using (var review = await anonymous.GetAsync($"/api/v1/approval/{token}/review"))
        {
            Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        }

        using (var approve = await reviewer.PostAsJsonAsync($"/api/v1/approval/{token}/decision",
                   new { decision = "approved", justification = "Roster needed for the course.", reviewed_by = "ignored" }))
        {
            Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        }

        await alice.WaitForStatusAsync(jobId, "completed");
        foreach (var format in new[] { "html", "markdown", "ledger", "metadata" })
        {
            using var result = await alice.GetAsync($"/api/v1/documents/{jobId}/result?format={format}");
            Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        }

        string[] secrets = [.. FindingValues, token, .. TestKeys.All.Select(k => k.Key)];
        var lines = api.Logs.Lines.Concat(cluster.SiloLogs.Lines).ToList();
        Assert.Contains(api.Logs.Lines, line => line.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains(cluster.SiloLogs.Lines, line => line.StartsWith("EqualifyPdf", StringComparison.Ordinal) || line.StartsWith("Orleans", StringComparison.Ordinal));
        var leaks = lines.Where(line => secrets.Any(secret => line.Contains(secret, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} of {lines.Count} log lines leak:\n" + string.Join('\n', leaks.Take(10)));
    }

    [Fact]
    public void ConsoleLogs_OfApiAndSilo_AreJson()
    {
        var apiConsole = cluster.Api.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        Assert.Equal(ConsoleFormatterNames.Json, apiConsole.FormatterName);

        var siloConsole = cluster.SiloServices.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        Assert.Equal(ConsoleFormatterNames.Json, siloConsole.FormatterName);
    }
}
