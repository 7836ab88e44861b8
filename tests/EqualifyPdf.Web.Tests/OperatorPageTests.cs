using EqualifyPdf.ClientApi.Queries;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EqualifyPdf.Web.Tests;

/// <summary>The operator page over a known job index: summary, pending approvals, errors by category, filter, paging, cancel.</summary>
[Collection(WebCollection.Name)]
public sealed class OperatorPageTests(WebFixture web)
{
    [Fact]
    public async Task Admin_JobIndex_FiltersPagesAndCancels()
    {
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 23; i++)
        {
            web.JobIndex.Put(Entry($"done-{i:00}.pdf", JobStatus.Completed, now.AddMinutes(-100 + i)));
        }

        web.JobIndex.Put(Entry("broken.pdf", JobStatus.Failed, now.AddMinutes(-5)) with { ErrorCategory = ErrorCategory.UserFixable });
        web.JobIndex.Put(Entry("flaky.pdf", JobStatus.Failed, now.AddMinutes(-4)) with { ErrorCategory = ErrorCategory.Temporary });
        // A real job, so the page's cancel button has something to cancel.
        var jobId = await web.Http.SubmitAsync(TestPdfs.WithPii(), "waiting.pdf");
        await web.Http.WaitForStatusAsync(jobId, "awaiting_approval");
        web.JobIndex.Put(new JobIndexEntry(jobId, JobStatus.AwaitingApproval, "awaiting_approval", "waiting.pdf", "local-operator",
            now.AddHours(-2), now.AddHours(-2), null, now.AddHours(2)));

        var page = await web.NewPageAsync();
        await page.GotoAsync("/admin");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Operator");
        await Assertions.Expect(page.Locator("#jobs-table tbody tr")).ToHaveCountAsync(20);
        await Assertions.Expect(page.Locator("section", new() { Has = page.Locator("#pending-heading") })).ToContainTextAsync("2 h 0 min");
        await Assertions.Expect(page.Locator("section", new() { Has = page.Locator("#errors-heading") })).ToContainTextAsync("Fixable in the PDF");
        await page.AssertAccessibleAsync(web, "admin");

        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Assertions.Expect(page.Locator("#jobs-table tbody tr")).ToHaveCountAsync(6);

        await page.SelectOptionAsync("#status-filter", "awaiting_approval");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show jobs" }).ClickAsync();
        await Assertions.Expect(page.Locator("#jobs-table tbody tr")).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync(web, "admin-filtered");

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel waiting.pdf" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("cancelled");
        Assert.Equal("cancelled", await web.Http.StatusAsync(jobId));
    }

    [Fact]
    public async Task Admin_UnknownStatusFilter_ErrorTiedToFilter()
    {
        var page = await web.NewPageAsync();
        var response = await page.GotoAsync("/admin?status=lost");
        Assert.Equal(400, response!.Status);
        await Assertions.Expect(page.Locator("#status-filter-error")).ToContainTextAsync("'lost' is not a status");
        await Assertions.Expect(page.Locator("#status-filter")).ToHaveAttributeAsync("aria-describedby", "status-filter-error");
        await page.AssertAccessibleAsync(web, "admin-filter-error");
    }

    private static JobIndexEntry Entry(string filename, JobStatus status, DateTimeOffset at) =>
        new(Guid.NewGuid().ToString("N"), status, WebName(status), filename, "someone", at, at, null, null);

    private static string WebName(JobStatus status) => EqualifyPdf.ClientApi.Web.WebText.WireName(status);
}
