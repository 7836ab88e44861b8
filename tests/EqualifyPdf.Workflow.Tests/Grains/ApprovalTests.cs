using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Workflow.Tests.Infrastructure;

namespace EqualifyPdf.Workflow.Tests.Grains;

[Collection(WorkflowClusterCollection.Name)]
public sealed class ApprovalTests(WorkflowClusterFixture fixture) : WorkflowTestBase(fixture)
{
    private static readonly byte[] PiiPdf = TestPdfs.Build(
        ["Grade appeal", "Student: Jane Doe, SSN 123-45-6789, email jane.doe@example.edu", "Phone (617) 555-0143."]);

    [Fact]
    public async Task Submit_PiiWithRealScanner_NotifiesAndApproveCompletes()
    {
        var jobId = await SubmitAsync(pdf: PiiPdf);

        var waiting = await WaitForStatusAsync(jobId, JobStatus.AwaitingApproval);
        Assert.Equal("pii_found", waiting.History[^1].Reason);

        var (notification, token) = await ReadNotificationAsync(jobId);
        Assert.Equal("approval_required", notification.GetProperty("type").GetString());
        Assert.Equal(jobId, notification.GetProperty("job_id").GetString());
        Assert.Equal($"{WorkflowClusterFixture.PublicBaseUrl}/api/v1/approval/{token}/review", notification.GetProperty("review_url").GetString());
        var expires = notification.GetProperty("expires_at").GetDateTimeOffset();
        Assert.Equal(Fixture.Clock.GetUtcNow().AddHours(4), expires, TimeSpan.FromMinutes(1));
        Assert.Equal(43, token.Length);
        Assert.DoesNotContain('=', token);

        var review = await Token(token).GetReview();
        Assert.Equal(CommandOutcome.Applied, review.Outcome);
        Assert.Equal("week1.pdf", review.Filename);
        Assert.Contains(review.Findings, f => f.EntityType == "EMAIL_ADDRESS");
        Assert.All(review.Findings, f => Assert.DoesNotContain("jane.doe@", f.Snippet, StringComparison.Ordinal));
        Assert.All(review.Findings, f => Assert.DoesNotContain("555-0143", f.Snippet, StringComparison.Ordinal));

        var decided = await Token(token).Decide(DecisionKind.Approved, "Needed for the appeal hearing.", "registrar");
        Assert.Equal(CommandOutcome.Applied, decided.Outcome);

        var job = await WaitForStatusAsync(jobId, JobStatus.Completed);
        Assert.Equal(DecisionKind.Approved, job.Decision!.Decision);
        Assert.Equal("registrar", job.Decision.ReviewedBy);
        Assert.Equal(
            [JobStatus.Submitted, JobStatus.PiiScanning, JobStatus.AwaitingApproval, JobStatus.Processing, JobStatus.Completed],
            job.History.Select(h => h.To));
        Assert.Equal("registrar", job.History.Single(h => h.To == JobStatus.Processing).Actor);

        // Used link: the review is gone, and the token never reached a log line.
        Assert.Equal(CommandOutcome.Gone, (await Token(token).GetReview()).Outcome);
        Assert.DoesNotContain(Fixture.Logs.Lines, line => line.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Decide_Deny_DeletesTempAndRecordsDecision()
    {
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = true, FakePageCount = 1 });
        await WaitForStatusAsync(jobId, JobStatus.AwaitingApproval);
        var (_, token) = await ReadNotificationAsync(jobId);

        var denied = await Token(token).Decide(DecisionKind.Denied, "Contains student records.", "dean");
        var again = await Token(token).Decide(DecisionKind.Denied, "Contains student records.", "dean");
        var flip = await Token(token).Decide(DecisionKind.Approved, "Changed my mind.", "dean");

        Assert.Equal(CommandOutcome.Applied, denied.Outcome);
        Assert.Equal(CommandOutcome.AlreadyApplied, again.Outcome);
        Assert.Equal(JobStatus.Denied, again.Job!.Status);
        Assert.Equal(CommandOutcome.Conflict, flip.Outcome);
        var job = await WaitForStatusAsync(jobId, JobStatus.Denied);
        Assert.Equal(new ReviewDecision(DecisionKind.Denied, "Contains student records.", "dean", job.Decision!.ReviewedAt), job.Decision);
        Assert.Equal("denied", job.History[^1].Reason);
        Assert.Single(job.History, h => h.To == JobStatus.Denied);
        await WaitUntilAsync(() => TempIsEmptyAsync(jobId), "temp blobs deleted");
    }

    [Fact]
    public async Task Decide_FiftyConcurrentApprovals_ExactlyOneTransition()
    {
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = true, FakePageCount = 1 });
        await WaitForStatusAsync(jobId, JobStatus.AwaitingApproval);
        var (_, token) = await ReadNotificationAsync(jobId);

        var results = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(i => Token(token).Decide(DecisionKind.Approved, "Fine.", $"reviewer{i}")));

        Assert.Single(results, r => r.Outcome == CommandOutcome.Applied);
        Assert.Equal(49, results.Count(r => r.Outcome == CommandOutcome.AlreadyApplied));
        var job = await WaitForStatusAsync(jobId, JobStatus.Completed);
        Assert.Single(job.History, h => h.From == JobStatus.AwaitingApproval);
    }

    [Fact]
    public async Task ApprovalDeadline_Passes_DeniedWithApprovalTimeoutAndLinkGone()
    {
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = true, FakePageCount = 1 });
        await WaitForStatusAsync(jobId, JobStatus.AwaitingApproval);
        var (_, token) = await ReadNotificationAsync(jobId);

        Fixture.Clock.Advance(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(2));

        var job = await WaitForStatusAsync(jobId, JobStatus.Denied);
        Assert.Equal("approval_timeout", job.History[^1].Reason);
        Assert.Equal("system", job.History[^1].Actor);
        Assert.Null(job.Decision);
        await WaitUntilAsync(() => TempIsEmptyAsync(jobId), "temp blobs deleted");
        Assert.Equal(CommandOutcome.Gone, (await Token(token).Decide(DecisionKind.Approved, "Too late.", "dean")).Outcome);
        Assert.Equal(CommandOutcome.Gone, (await Token(token).GetReview()).Outcome);
    }

    [Fact]
    public async Task Token_Unknown_NotFound()
    {
        var unknown = Token("this-token-was-never-issued");

        Assert.Equal(CommandOutcome.NotFound, (await unknown.GetReview()).Outcome);
        Assert.Equal(CommandOutcome.NotFound, (await unknown.Decide(DecisionKind.Approved, "x", "y")).Outcome);
    }
}
