using System.Text.Json;
using System.Text.RegularExpressions;
using EqualifyPdf.ClientApi.Tests.Infrastructure;
using EqualifyPdf.Cli.Tests.Infrastructure;

namespace EqualifyPdf.Cli.Tests.Commands;

/// <summary>
/// <c>submit</c>, <c>status</c>, <c>approve</c>, <c>deny</c> and <c>fetch</c> against the real client-api in-process,
/// backed by the production silo on an embedded Garnet (the API tests' cluster fixture).
/// </summary>
[Collection(CliClusterCollection.Name)]
public sealed partial class ServiceCommandTests(ClusterFixture cluster) : IDisposable
{
    private const string Server = "http://localhost";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task SubmitWait_CleanPdf_CompletesThenStatusAndFetchWork()
    {
        var pdf = _folder.Write("lecture.pdf", TestPdfs.Clean(2));

        var submit = await Cli("submit", pdf, "--wait", "--title", "Lecture notes", "--language", "en");

        Assert.True(submit.ExitCode == 0, submit.Stderr + submit.Stdout);
        var jobId = JobIdOf(submit.Lines[0], pdf);
        Assert.Equal($"{jobId}: completed", submit.Lines[^1]);

        var status = await Cli("status", jobId);
        Assert.Equal(0, status.ExitCode);
        Assert.Contains($"job_id: {jobId}", status.Lines);
        Assert.Contains("status: completed", status.Lines);
        Assert.Contains("filename: lecture.pdf", status.Lines);
        Assert.Contains(status.Lines, l => l.StartsWith("history: ", StringComparison.Ordinal) && l.Contains("-> completed", StringComparison.Ordinal));

        var html = Path.Combine(_folder.Path, "out", "lecture.html");
        var fetchHtml = await Cli("fetch", jobId, "--format", "html", "-o", html);
        Assert.Equal(0, fetchHtml.ExitCode);
        Assert.Contains("<html", await File.ReadAllTextAsync(html), StringComparison.Ordinal);
        var metadata = Path.Combine(_folder.Path, "out", "metadata.json");
        Assert.Equal(0, (await Cli("fetch", jobId, "--format", "metadata", "-o", metadata)).ExitCode);
        using (JsonDocument.Parse(await File.ReadAllTextAsync(metadata)))
        {
            // parses: the whole JSON arrived
        }

        Assert.Equal(["lecture.html", "metadata.json"], _folder.Files("out"));
    }

    [Fact]
    public async Task Deny_PiiDocumentThroughItsToken_DeniesAndASecondDecisionIsRefused()
    {
        var jobId = await SubmitAndAwaitReviewAsync("grades.pdf");

        var early = await Cli("fetch", jobId, "-o", Path.Combine(_folder.Path, "early.html"));
        Assert.Equal(1, early.ExitCode);
        Assert.StartsWith($"{jobId}: 409 Conflict: The job is awaiting_approval", Assert.Single(early.ErrorLines), StringComparison.Ordinal);

        var token = Outbox.TokenOf(await Outbox.WaitForReviewUrlAsync(cluster.OutboxFolder, jobId));
        var deny = await Cli("deny", token, "--justification", "Holds student grades.", "--reviewed-by", "alice");
        Assert.True(deny.ExitCode == 0, deny.Stderr);
        Assert.StartsWith($"grades.pdf: denied -> {jobId}: denied", Assert.Single(deny.Lines), StringComparison.Ordinal);

        var status = await Cli("status", jobId);
        Assert.Equal(1, status.ExitCode); // a denied document has no result
        Assert.Contains("status: denied", status.Lines);
        Assert.Contains(status.Lines, l => l.Contains("-> denied", StringComparison.Ordinal) && l.Contains("alice", StringComparison.Ordinal));

        var again = await Cli("approve", token, "-j", "Changed my mind.");
        Assert.Equal(1, again.ExitCode);
        Assert.Matches(@"^approve: 4\d\d \w", Assert.Single(again.ErrorLines));
    }

    [Fact]
    public async Task Approve_PiiDocumentThroughThePastedLink_ConvertsIt()
    {
        var jobId = await SubmitAndAwaitReviewAsync("roster.pdf");
        var link = await Outbox.WaitForReviewUrlAsync(cluster.OutboxFolder, jobId);

        var approve = await Cli("approve", link.AbsoluteUri, "--justification", "Consent on file.", "--reviewed-by", "bob");

        Assert.True(approve.ExitCode == 0, approve.Stderr);
        Assert.StartsWith($"roster.pdf: approved -> {jobId}: ", Assert.Single(approve.Lines), StringComparison.Ordinal);
        await WaitForStatusAsync(jobId, "completed");
    }

    [Fact]
    public async Task Submit_NotAPdfBesideAPdf_ReportsTheValidationErrorAndSubmitsTheOther()
    {
        var junk = _folder.Write("junk.pdf", "this is not a PDF"u8.ToArray());
        var good = _folder.Write("good.pdf", TestPdfs.Clean());

        var run = await Cli("submit", junk, good);

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{junk}: error: 400 Bad Request: ", error, StringComparison.Ordinal);
        Assert.Contains("file: The file does not start with '%PDF-'", error, StringComparison.Ordinal);
        JobIdOf(Assert.Single(run.Lines), good);
    }

    [Fact]
    public async Task Status_UnknownJob_PrintsTheProblemDetailAndExitsOne()
    {
        var run = await Cli("status", "0000000000000000000000000000dead");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("0000000000000000000000000000dead: 404 Not Found: No job has the id '0000000000000000000000000000dead'.", Assert.Single(run.ErrorLines));
        Assert.Empty(run.Stdout);
    }

    private async Task<string> SubmitAndAwaitReviewAsync(string name)
    {
        var pdf = _folder.Write(name, TestPdfs.WithPii());
        var submit = await Cli("submit", pdf, "--review-mode", "auto");
        Assert.True(submit.ExitCode == 0, submit.Stderr);
        var jobId = JobIdOf(Assert.Single(submit.Lines), pdf);
        await WaitForStatusAsync(jobId, "awaiting_approval");
        return jobId;
    }

    private async Task WaitForStatusAsync(string jobId, string wanted)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var status = await Cli("status", jobId);
            if (status.Lines.Contains($"status: {wanted}"))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"job {jobId} never reached {wanted}: {status.Stdout}");
            await Task.Delay(100);
        }
    }

    private Task<CliRun> Cli(params string[] args) =>
        CliRun.RunAsync([.. args, "--server", Server], () => cluster.Api.Server.CreateHandler());

    private static string JobIdOf(string line, string file)
    {
        var match = SubmitLine().Match(line);
        Assert.True(match.Success && match.Groups["file"].Value == file, line);
        return match.Groups["id"].Value;
    }

    [GeneratedRegex("^(?<file>.+): (?<id>[0-9a-f]{32}) (submitted|pii_scanning)$")]
    private static partial Regex SubmitLine();
}
