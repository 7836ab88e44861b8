using System.Diagnostics.Metrics;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Workflow.Admission;
using EqualifyPdf.Workflow.Approvals;
using EqualifyPdf.Workflow.Services;
using EqualifyPdf.Workflow.Telemetry;
using EqualifyPdf.Workflow.Tests.Infrastructure;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EqualifyPdf.Workflow.Tests.Approvals;

/// <summary>The reviewers' e-mail against a real local SMTP server (smtp-server, started per test): what the message
/// says, who gets it, retries with backoff, failure without an exception, and the outcome in the job's status.</summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class SmtpNotifierTests(WorkflowClusterFixture fixture) : WorkflowTestBase(fixture)
{
    private static readonly DateTimeOffset Deadline = new(2026, 12, 1, 22, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Deliver_LocalServer_MessageArrivesWithLinkNameDeadlineAndCountsOnly()
    {
        using var sink = await SmtpSink.StartNewAsync();
        var mailer = Mailer(sink.Port, out _);
        var notification = Notification("job-mail-1", submittedBy: "prof.lee");

        var notice = await mailer.DeliverAsync(notification, CancellationToken.None);

        Assert.NotNull(notice);
        Assert.Equal(ReviewerNotice.Sent, notice.Outcome);
        Assert.Equal(1, notice.Attempts);
        var (envelope, raw) = await sink.WaitForMessageAsync("job-mail-1", TimeSpan.FromSeconds(10));
        Assert.Equal(SmtpSink.User, envelope.GetProperty("user").GetString());
        Assert.Equal(new[] { "ta@example.edu" }, envelope.GetProperty("to").EnumerateArray().Select(a => a.GetString()!).ToArray());
        Assert.Equal("reviews@example.edu", envelope.GetProperty("from").GetString());

        var message = await MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw)));
        Assert.Equal("PII review needed: grades-fall.pdf", message.Subject);
        foreach (var body in new[] { message.TextBody, message.HtmlBody })
        {
            Assert.NotNull(body);
            Assert.Contains(notification.ReviewUrl, body, StringComparison.Ordinal);
            Assert.Contains("grades-fall.pdf", body, StringComparison.Ordinal);
            Assert.Contains("2026-12-01 22:30 UTC", body, StringComparison.Ordinal);
            Assert.Contains("EMAIL_ADDRESS", body, StringComparison.Ordinal);
        }

        Assert.Contains("US_SSN: 2", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">US_SSN</th><td>2</td>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_SubmitterWithoutOwnReviewers_GoesToTheDefaultList()
    {
        using var sink = await SmtpSink.StartNewAsync();
        var mailer = Mailer(sink.Port, out _);

        var notice = await mailer.DeliverAsync(Notification("job-mail-2", submittedBy: "someone-else"), CancellationToken.None);

        Assert.Equal(2, notice!.Recipients);
        var (envelope, _) = await sink.WaitForMessageAsync("job-mail-2", TimeSpan.FromSeconds(10));
        Assert.Equal(new[] { "privacy@example.edu", "dean@example.edu" }, envelope.GetProperty("to").EnumerateArray().Select(a => a.GetString()!).ToArray());
    }

    [Fact]
    public async Task Deliver_ServerUpOnlyAfterAFewAttempts_RetriesWithBackoffAndDelivers()
    {
        using var sink = SmtpSink.Reserve();
        var mailer = Mailer(sink.Port, out _);

        var delivery = mailer.DeliverAsync(Notification("job-mail-3"), CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(700));
        Assert.False(delivery.IsCompleted);
        await sink.StartAsync();
        var notice = await delivery.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ReviewerNotice.Sent, notice!.Outcome);
        Assert.True(notice.Attempts > 1, $"delivered after {notice.Attempts} attempt(s)");
        await sink.WaitForMessageAsync("job-mail-3", TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Deliver_NoServer_ReportsFailedAfterEveryAttemptWithoutThrowing()
    {
        using var sink = SmtpSink.Reserve();
        var mailer = Mailer(sink.Port, out var settings, maxAttempts: 3);

        var notice = await mailer.DeliverAsync(Notification("job-mail-4"), CancellationToken.None);

        Assert.Equal(ReviewerNotice.Failed, notice!.Outcome);
        Assert.Equal(settings.MaxAttempts, notice.Attempts);
    }

    [Fact]
    public async Task Deliver_WrongPassword_FailsAtOnceWithoutRetrying()
    {
        using var sink = await SmtpSink.StartNewAsync();
        var mailer = Mailer(sink.Port, out _, password: "not-the-password");

        var notice = await mailer.DeliverAsync(Notification("job-mail-5"), CancellationToken.None);

        Assert.Equal(ReviewerNotice.Failed, notice!.Outcome);
        Assert.Equal(1, notice.Attempts);
    }

    [Fact]
    public async Task Queue_JobAwaitingApproval_MailArrivesAndTheStatusShowsItWasSent()
    {
        using var sink = await SmtpSink.StartNewAsync();
        var jobId = await SubmitAsync(new JobScenario { FakePiiFindings = true, FakePageCount = 1 });
        await WaitForStatusAsync(jobId, JobStatus.AwaitingApproval);
        var (notification, token) = await ReadNotificationAsync(jobId);
        using var meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new WorkflowMetrics(meters.GetRequiredService<IMeterFactory>(), new DocumentWorkQueue(1));
        using var queue = new ReviewerMailQueue(Mailer(sink.Port, out _), Fixture.Grains, metrics, NullLogger<ReviewerMailQueue>.Instance);
        await queue.StartAsync(CancellationToken.None);

        var outbox = new ApprovalNotification(ApprovalNotification.ApprovalRequired, jobId, notification.GetProperty("review_url").GetString()!,
            notification.GetProperty("expires_at").GetDateTimeOffset(), "roster.pdf", new Dictionary<string, int> { ["PERSON"] = 3 }, "prof.lee");
        Assert.True(queue.Enqueue(outbox));

        var (_, raw) = await sink.WaitForMessageAsync(jobId, TimeSpan.FromSeconds(15));
        Assert.Contains(token, raw, StringComparison.Ordinal);
        await WaitUntilAsync(async () => (await Job(jobId).GetSnapshot())?.ReviewerNotice is not null, "the reviewer notice");
        var job = await Job(jobId).GetSnapshot();
        Assert.Equal(ReviewerNotice.Sent, job!.ReviewerNotice!.Outcome);
        Assert.Equal("email", job.ReviewerNotice.Channel);
        Assert.Equal(JobStatus.AwaitingApproval, job.Status);
        await queue.StopAsync(CancellationToken.None);
    }

    private static ApprovalNotification Notification(string jobId, string submittedBy = "prof.lee") => new(
        ApprovalNotification.ApprovalRequired, jobId, $"http://127.0.0.1:8080/api/v1/approval/tok-{jobId}/review", Deadline,
        "grades-fall.pdf", new Dictionary<string, int> { ["US_SSN"] = 2, ["EMAIL_ADDRESS"] = 5 }, submittedBy);

    private static SmtpReviewerMailer Mailer(int port, out SmtpSettings settings, int maxAttempts = 8, string password = SmtpSink.Password)
    {
        // Per-test variable names: the credentials come from the environment, as in production, without clashing.
        var suffix = Guid.NewGuid().ToString("N");
        settings = new SmtpSettings
        {
            Host = "127.0.0.1",
            Port = port,
            Security = SecureSocketOptions.None,
            UserNameVariable = $"EQUALIFY_TEST_SMTP_USER_{suffix}",
            PasswordVariable = $"EQUALIFY_TEST_SMTP_PASSWORD_{suffix}",
            FromAddress = "reviews@example.edu",
            DefaultReviewers = ["privacy@example.edu", "dean@example.edu"],
            ReviewersBySubmitter = new(StringComparer.OrdinalIgnoreCase) { ["prof.lee"] = ["ta@example.edu"] },
            MaxAttempts = maxAttempts,
            RetryBaseDelay = TimeSpan.FromMilliseconds(150),
            Timeout = TimeSpan.FromSeconds(5),
        };
        Environment.SetEnvironmentVariable(settings.UserNameVariable, SmtpSink.User);
        Environment.SetEnvironmentVariable(settings.PasswordVariable, password);
        return new SmtpReviewerMailer(Options.Create(settings), TimeProvider.System, NullLogger<SmtpReviewerMailer>.Instance);
    }
}
