using System.Net;
using EqualifyPdf.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EqualifyPdf.Web.Tests;

/// <summary>The reviewer's page, reached from the notification's link: deny, approve by keyboard, expired and unknown links.</summary>
[Collection(WebCollection.Name)]
public sealed class ReviewPageTests(WebFixture web)
{
    [Fact]
    public async Task Review_OutboxLinkDenied_ShowsDeniedThenAlreadyReviewed()
    {
        var jobId = await web.Http.SubmitAsync(TestPdfs.WithPii(), "roster.pdf");
        var link = await Outbox.WaitForReviewUrlAsync(web.OutboxFolder, jobId);
        var token = Outbox.TokenOf(link);
        var page = await web.NewPageAsync();

        // The notification links to the API; a browser is sent on to the review page.
        var response = await page.GotoAsync(link.ToString());
        Assert.EndsWith($"/review/{token}", page.Url, StringComparison.Ordinal);
        Assert.Equal("no-referrer", await response!.HeaderValueAsync("referrer-policy"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Review roster.pdf");
        await Assertions.Expect(page.Locator("h3").First).ToContainTextAsync("Page 1");
        var body = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("123-45-6789", body, StringComparison.Ordinal);
        Assert.DoesNotContain("maria.gonzalez@example.edu", body, StringComparison.Ordinal);
        await page.AssertAccessibleAsync(web, "review");

        // Deny with nothing filled in: every missing field is named and tied to its control.
        var invalid = await page.SubmitAsync("#deny");
        Assert.Equal(400, invalid!.Status);
        await Assertions.Expect(page.Locator("#justification-error")).ToContainTextAsync("justification is required");
        Assert.Contains("justification-error", await page.GetAttributeAsync("#justification", "aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Contains("reviewed_by-error", await page.GetAttributeAsync("#reviewed-by", "aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Equal("awaiting_approval", await web.Http.StatusAsync(jobId));
        await page.AssertAccessibleAsync(web, "review-errors");

        await page.FillAsync("#reviewed-by", "Dr. Okafor");
        await page.FillAsync("#justification", "A grade roster: it must not be published.");
        await page.ClickAsync("#deny");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Decision recorded");
        await Assertions.Expect(page.Locator(".outcome")).ToContainTextAsync("Denied.");
        Assert.Equal("denied", await web.Http.StatusAsync(jobId));
        await page.AssertAccessibleAsync(web, "review-denied");

        var again = await page.GotoAsync($"/review/{token}");
        Assert.Equal(409, again!.Status);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("denied by Dr. Okafor");
        await page.AssertAccessibleAsync(web, "review-already-decided");

        Assert.DoesNotContain(web.App.Logs.Lines, line => line.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Review_KeyboardOnlyApprove_JobCompletes()
    {
        var jobId = await web.Http.SubmitAsync(TestPdfs.WithPii(), "approve-me.pdf");
        var token = Outbox.TokenOf(await Outbox.WaitForReviewUrlAsync(web.OutboxFolder, jobId));
        var page = await web.NewPageAsync();
        await page.GotoAsync($"/review/{token}");

        await page.TabToAsync("#reviewed-by");
        await page.Keyboard.TypeAsync("Dr. Lee");
        await page.TabToAsync("#justification");
        await page.Keyboard.TypeAsync("Only an instructor's own grades; cleared for conversion.");
        await page.TabToAsync("#approve");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".outcome")).ToContainTextAsync("Approved.");
        await page.AssertAccessibleAsync(web, "review-approved");
        await web.Http.WaitForStatusAsync(jobId, "completed");
    }

    [Fact]
    public async Task Review_ExpiredLink_Shows410Page()
    {
        var jobId = await web.Http.SubmitAsync(TestPdfs.WithPii(), "too-late.pdf");
        var token = Outbox.TokenOf(await Outbox.WaitForReviewUrlAsync(web.OutboxFolder, jobId));
        var deadline = DateTime.UtcNow + WebFixture.ApprovalTimeout + TimeSpan.FromSeconds(30);
        HttpStatusCode status;
        while ((status = (await web.Http.GetAsync($"/api/v1/approval/{token}/review")).StatusCode) == HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, "The review link never expired.");
            await Task.Delay(500);
        }

        Assert.Equal(HttpStatusCode.Gone, status);
        var page = await web.NewPageAsync();
        var response = await page.GotoAsync($"/review/{token}");
        Assert.Equal(410, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("This review link has expired");
        await Assertions.Expect(page.Locator("form")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync(web, "review-expired");
    }

    [Fact]
    public async Task Review_UnknownLink_Shows404Page()
    {
        var page = await web.NewPageAsync();
        var response = await page.GotoAsync("/review/" + Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
        Assert.Equal(404, response!.Status);
        Assert.Equal("no-referrer", await response.HeaderValueAsync("referrer-policy"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("This review link is not valid");
        await page.AssertAccessibleAsync(web, "review-unknown");
    }

    [Fact]
    public async Task ApiReviewLink_WithoutHtmlAccept_StillAnswersJson()
    {
        var jobId = await web.Http.SubmitAsync(TestPdfs.WithPii(), "json.pdf");
        var link = await Outbox.WaitForReviewUrlAsync(web.OutboxFolder, jobId);
        using var request = new HttpRequestMessage(HttpMethod.Get, link);
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await web.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }
}
