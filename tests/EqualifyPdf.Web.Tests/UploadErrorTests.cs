using EqualifyPdf.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EqualifyPdf.Web.Tests;

/// <summary>When the service refuses an upload the page says so in words under the file field (never the API's JSON),
/// with when to try again, and the chosen file stays chosen.</summary>
[Collection(WebCollection.Name)]
public sealed class UploadErrorTests(WebFixture web) : IAsyncLifetime
{
    private ExtraApp _busy = null!;

    public Task InitializeAsync()
    {
        // A backlog limit below zero: every submit is refused with 503 and Retry-After, before its upload is read.
        _busy = web.StartApp(new Dictionary<string, string?> { ["Uploads:MaxBacklog"] = "-1" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _busy.DisposeAsync();

    [Fact]
    public async Task Upload_ServiceBusy_ReadableMessageUnderTheFileWithRetryAfterAndTheFileStaysChosen()
    {
        var page = await web.NewPageAsync(baseUrl: _busy.BaseUrl);
        await page.GotoAsync("/");
        await page.SetInputFilesAsync("#file", UploadPageTests.Pdf("busy.pdf", TestPdfs.Clean()));
        var answered = page.WaitForResponseAsync(r => r.Request.Method == "POST");
        await page.ClickAsync("button[type=submit]");
        var response = await answered;

        Assert.True(response.Status == 503, $"{response.Status}: " + string.Join("\n", _busy.App.Logs.Lines.Where(l => l.Contains("xception", StringComparison.Ordinal)).Take(2)));
        Assert.Equal("5", await response.HeaderValueAsync("retry-after"));
        await Assertions.Expect(page.Locator("#file-error")).ToContainTextAsync("Try again in 5 s");
        await Assertions.Expect(page.Locator("#error-summary a[href='#file']")).ToContainTextAsync("too busy");
        await Assertions.Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#file")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Contains("file-error", await page.GetAttributeAsync("#file", "aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("\"detail\":", await page.ContentAsync(), StringComparison.Ordinal); // not the API's JSON
        Assert.Equal("busy.pdf", await page.EvalOnSelectorAsync<string>("#file", "input => input.files.length === 1 ? input.files[0].name : ''"));
        Assert.EndsWith("/", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("button[type=submit]")).ToBeEnabledAsync();
        await page.AssertAccessibleAsync(web, "upload-busy");
    }

    [Fact]
    public async Task Upload_ServiceBusyWithoutJavaScript_Answers503PageNotJson()
    {
        var page = await web.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false }, _busy.BaseUrl);
        await page.GotoAsync("/");
        await page.SetInputFilesAsync("#file", UploadPageTests.Pdf("busy.pdf", TestPdfs.Clean()));
        var response = await page.SubmitAsync("button[type=submit]");

        Assert.Equal(503, response.Status);
        Assert.StartsWith("text/html", await response.HeaderValueAsync("content-type"), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#file-error")).ToContainTextAsync("Try again in 5 s");
        await page.AssertAccessibleWithoutScriptAsync(web, "upload-busy-no-script");
    }

    [Fact]
    public async Task Upload_FakePdfWithScript_ServerErrorsShownInPlaceAndTheFileStaysChosen()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/");
        await page.SetInputFilesAsync("#file", UploadPageTests.Pdf("fake.pdf", "not really a PDF"u8.ToArray()));
        await page.FillAsync("#language", "not a language!");
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("#file-error")).ToContainTextAsync("%PDF-");
        await Assertions.Expect(page.Locator("#language-error")).ToContainTextAsync("BCP 47");
        await Assertions.Expect(page.Locator("#language")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Contains("language-error", await page.GetAttributeAsync("#language", "aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Equal("fake.pdf", await page.EvalOnSelectorAsync<string>("#file", "input => input.files[0]?.name ?? ''"));
        Assert.Equal("not a language!", await page.InputValueAsync("#language"));
        await page.AssertAccessibleAsync(web, "upload-server-errors-in-place");
    }
}
