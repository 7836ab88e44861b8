using System.Text.RegularExpressions;
using EqualifyPdf.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EqualifyPdf.Web.Tests;

/// <summary>The upload page and the job page it leads to, driven in Chromium; axe-core clean in every state.</summary>
[Collection(WebCollection.Name)]
public sealed partial class UploadPageTests(WebFixture web)
{
    [Fact]
    public async Task Upload_PdfThroughPage_JobPageFollowsLiveToCompletedAndDownloads()
    {
        var page = await web.NewPageAsync();
        var requested = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Request += (_, request) => requested.Enqueue(request.Url);
        await page.GotoAsync("/");
        await page.AssertAccessibleAsync(web, "upload");

        await page.SetInputFilesAsync("#file", Pdf("grades.pdf", TestPdfs.WithPii()));
        await page.FillAsync("#title", "Autumn grades");
        await page.FillAsync("#language", "en");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(JobUrl());
        var jobId = page.Url[^32..];

        // The PII gate holds the job, so the page is seen live: rendered waiting, then updated in place (no reload).
        await Assertions.Expect(page.Locator("#job-status-text")).ToHaveTextAsync("Waiting for a reviewer", new() { Timeout = 60_000 });
        await page.EvaluateAsync("() => { window.notReloaded = true; }");
        await page.AssertAccessibleAsync(web, "job-awaiting-approval");

        var token = Outbox.TokenOf(await Outbox.WaitForReviewUrlAsync(web.OutboxFolder, jobId));
        using (var approve = await web.Http.PostAsync($"/api/v1/approval/{token}/decision", Json(
            """{"decision":"approved","justification":"Grades are needed in the accessible copy.","reviewed_by":"Dr. Lee"}""")))
        {
            approve.EnsureSuccessStatusCode();
        }

        await Assertions.Expect(page.Locator("#job-live")).ToContainTextAsync("Completed", new() { Timeout = 60_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "The page reloaded instead of updating in place.");
        // Followed over the live-progress stream (EventSource on a stream token), not by polling.
        Assert.Contains(requested, url => url.Contains($"/api/v1/documents/{jobId}/stream?token=", StringComparison.Ordinal));
        Assert.DoesNotContain(requested, url => url.EndsWith($"/api/v1/documents/{jobId}", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#job-status-text")).ToHaveTextAsync("Completed");
        await Assertions.Expect(page.Locator("iframe.preview")).ToHaveAttributeAsync("sandbox", "");
        await page.AssertAccessibleAsync(web, "job-completed");

        var (htmlName, html) = await page.DownloadAsync(page.GetByRole(AriaRole.Link, new() { Name = "HTML document of grades.pdf" }));
        Assert.Equal("grades.html", htmlName);
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Grade report", html, StringComparison.Ordinal);

        var (_, markdown) = await page.DownloadAsync(page.GetByRole(AriaRole.Link, new() { Name = "Markdown of grades.pdf" }));
        Assert.Contains("Grade report", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_KeyboardOnly_ReachesJobPageWithVisibleFocus()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/");

        await page.TabToAsync("#file");
        IFileChooser chooser;
        try
        {
            chooser = await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Space"), new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            // Headless Chromium now and then drops the first activation of a file input (seen once in a full run);
            // a keyboard user presses again. Focus must still be on the field.
            Assert.True(await page.EvalOnSelectorAsync<bool>("#file", "el => el === document.activeElement"), "Focus left the file field.");
            chooser = await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Space"));
        }

        await chooser.SetFilesAsync(Pdf("keyboard.pdf", TestPdfs.Clean()));
        await page.TabToAsync("#title");
        await page.Keyboard.TypeAsync("Typed, not clicked");
        await page.TabToAsync("#review-auto");
        await page.TabToAsync("button[type=submit]");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(JobUrl());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("keyboard.pdf");
    }

    [Fact]
    public async Task Upload_NotAPdfChosen_BrowserRefusesWithErrorTiedToField()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/");
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = "plain text"u8.ToArray() });
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("#file-client-error")).ToContainTextAsync("is not a PDF");
        await Assertions.Expect(page.Locator("#file")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Contains("file-client-error", await page.GetAttributeAsync("#file", "aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.EndsWith("/", page.Url, StringComparison.Ordinal);
        await page.AssertAccessibleAsync(web, "upload-client-error");
    }

    [Fact]
    public async Task Upload_WithoutJavaScriptFakePdf_ServerErrorTiedToField()
    {
        var page = await web.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await page.GotoAsync("/");
        await page.SetInputFilesAsync("#file", Pdf("fake.pdf", "not really a PDF"u8.ToArray()));
        await page.FillAsync("#language", "not a language!");
        var response = await page.SubmitAsync("button[type=submit]");

        Assert.Equal(400, response!.Status);
        await Assertions.Expect(page.Locator("#file-error")).ToContainTextAsync("%PDF-");
        await Assertions.Expect(page.Locator("#language-error")).ToContainTextAsync("BCP 47");
        Assert.Contains("file-error", await page.GetAttributeAsync("#file", "aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Contains("language-error", await page.GetAttributeAsync("#language", "aria-describedby") ?? "", StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#error-summary a[href='#file']")).ToHaveCountAsync(1);
        await page.AssertAccessibleWithoutScriptAsync(web, "upload-server-errors");
    }

    [Fact]
    public async Task JobPage_UnknownJob_Answers404Page()
    {
        var page = await web.NewPageAsync();
        var response = await page.GotoAsync($"/jobs/{Guid.NewGuid():N}");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Job not found");
        await page.AssertAccessibleAsync(web, "job-not-found");
    }

    [Fact]
    public async Task JobPage_CancelButton_CancelsRunningJob()
    {
        var jobId = await web.Http.SubmitAsync(TestPdfs.WithPii(), "cancel-me.pdf");
        await web.Http.WaitForStatusAsync(jobId, "awaiting_approval");
        var page = await web.NewPageAsync();
        await page.GotoAsync($"/jobs/{jobId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel this job" }).ClickAsync();

        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("The job was cancelled.");
        await Assertions.Expect(page.Locator("#job-status-text")).ToHaveTextAsync("Cancelled");
        Assert.Equal("cancelled", await web.Http.StatusAsync(jobId));
        await page.AssertAccessibleAsync(web, "job-cancelled");
    }

    [Fact]
    public async Task UploadAndOperatorPages_320PixelsWide_NoHorizontalScroll()
    {
        var page = await web.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 } });
        foreach (var path in new[] { "/", "/admin" })
        {
            await page.GotoAsync(path);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= 320, $"{path} is {width}px wide at a 320px viewport.");
        }

        await page.GotoAsync("/");
        await page.AssertAccessibleAsync(web, "upload-320px");
    }

    internal static FilePayload Pdf(string name, byte[] content) => new() { Name = name, MimeType = "application/pdf", Buffer = content };

    internal static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    [GeneratedRegex("/jobs/[0-9a-f]{32}$")]
    private static partial Regex JobUrl();
}
