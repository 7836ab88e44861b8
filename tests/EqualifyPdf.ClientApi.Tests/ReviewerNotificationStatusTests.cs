using System.Text.Json;
using EqualifyPdf.ClientApi.Models;
using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>The status answer says whether the reviewers' e-mail went out, as the grain recorded it.</summary>
public sealed class ReviewerNotificationStatusTests
{
    private static readonly JsonSerializerOptions Wire = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private static readonly DateTimeOffset At = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(ReviewerNotice.Sent, true)]
    [InlineData(ReviewerNotice.Failed, false)]
    public void From_EmailOutcome_SetsReviewerNotifiedAndTheNotice(string outcome, bool notified)
    {
        var notice = new ReviewerNotice("email", outcome, At, 3, 2);

        var json = JsonSerializer.SerializeToElement(JobStatusResponse.From(Snapshot(notice)), Wire);

        Assert.Equal(notified, json.GetProperty("reviewer_notified").GetBoolean());
        var detail = json.GetProperty("reviewer_notification");
        Assert.Equal("email", detail.GetProperty("channel").GetString());
        Assert.Equal(outcome, detail.GetProperty("outcome").GetString());
        Assert.Equal(3, detail.GetProperty("attempts").GetInt32());
        Assert.Equal(2, detail.GetProperty("recipients").GetInt32());
    }

    [Fact]
    public void From_NoEmailYet_ReportsNotNotified()
    {
        var json = JsonSerializer.SerializeToElement(JobStatusResponse.From(Snapshot(null)), Wire);

        Assert.False(json.GetProperty("reviewer_notified").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("reviewer_notification").ValueKind);
    }

    private static JobSnapshot Snapshot(ReviewerNotice? notice) => new(
        new string('a', 32), JobStatus.AwaitingApproval, "awaiting_approval", 30, "roster.pdf", At, At, null, [], null, 1,
        new Dictionary<string, string>(), null, ReviewerNotice: notice);
}
