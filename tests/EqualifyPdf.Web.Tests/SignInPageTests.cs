using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using EqualifyPdf.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EqualifyPdf.Web.Tests;

/// <summary>Signing in with an API key in the browser, on a client-api with keys configured; axe-clean in each state.
/// The first flow runs under the pages' own CSP (no bypass) and must log no CSP violation.</summary>
[Collection(WebCollection.Name)]
public sealed partial class SignInPageTests(WebFixture web) : IAsyncLifetime
{
    private ExtraApp _keyed = null!;

    public Task InitializeAsync()
    {
        _keyed = web.StartApp(WebKeys.Settings());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _keyed.DisposeAsync();

    [Fact]
    public async Task SignIn_SubmitterKeyUnderThePageCsp_UploadsAndFollowsTheJobToCompleted()
    {
        var page = await web.NewPageAsync(new BrowserNewContextOptions { BypassCSP = false }, _keyed.BaseUrl);
        var console = new ConcurrentQueue<string>();
        page.Console += (_, message) => console.Enqueue($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => console.Enqueue("pageerror: " + error);
        var requested = new ConcurrentQueue<string>();
        page.Request += (_, request) => requested.Enqueue(request.Url);

        await page.GotoAsync("/");
        Assert.EndsWith("/sign-in?returnUrl=%2F", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#api_key", WebKeys.Submitter.Key);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync(new Regex("/$"));
        await Assertions.Expect(page.Locator(".site-header .session")).ToContainTextAsync("Signed in as alice");

        // Long enough to be still running when the job page loads: a page opened on an ended job needs no stream.
        await page.SetInputFilesAsync("#file", UploadPageTests.Pdf("signed-in.pdf", TestPdfs.Clean(30)));
        await page.ClickAsync("main button[type=submit]");
        try
        {
            await page.WaitForURLAsync(JobUrl());
        }
        catch (TimeoutException)
        {
            Assert.Fail(page.Url + "\n" + string.Join("\n", console) + "\n" + await page.InnerTextAsync("main"));
        }

        var jobId = page.Url[^32..];
        await Assertions.Expect(page.Locator("#job-status-text")).ToHaveTextAsync("Completed", new() { Timeout = 90_000 });
        await Assertions.Expect(page.FrameLocator("iframe.preview").Locator("body")).Not.ToBeEmptyAsync();

        // The job page's script ran under the CSP and followed the job over the stream with the session.
        Assert.Contains(requested, url => url.Contains($"/api/v1/documents/{jobId}/stream?token=", StringComparison.Ordinal));
        Assert.DoesNotContain(console, line => line.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
            || line.Contains("Refused to", StringComparison.Ordinal) || line.StartsWith("pageerror", StringComparison.Ordinal));
        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "equalify_session");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        using var api = _keyed.Client(WebKeys.Submitter.Key);
        Assert.Equal("completed", await api.StatusAsync(jobId));
    }

    [Fact]
    public async Task SignIn_WrongKey_ErrorTiedToTheFieldAndNoSession()
    {
        var page = await web.NewPageAsync(baseUrl: _keyed.BaseUrl);
        await page.GotoAsync("/sign-in");
        await page.AssertAccessibleAsync(web, "sign-in");

        await page.FillAsync("#api_key", WebKeys.Submitter.Key + "-wrong");
        var response = await page.SubmitAsync("main button[type=submit]");

        Assert.Equal(400, response.Status);
        await Assertions.Expect(page.Locator("#api_key-error")).ToContainTextAsync("That API key is not valid");
        await Assertions.Expect(page.Locator("#api_key")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Contains("api_key-error", await page.GetAttributeAsync("#api_key", "aria-describedby") ?? "", StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#error-summary a[href='#api_key']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#api_key")).ToHaveValueAsync("");
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "equalify_session");
        await page.AssertAccessibleAsync(web, "sign-in-wrong-key");
    }

    [Fact]
    public async Task SignOut_SignedInBrowser_EndsTheSessionAndPagesAskToSignInAgain()
    {
        var page = await SignedInPageAsync(WebKeys.Operator.Key, "/admin");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Operator");
        await page.AssertAccessibleAsync(web, "admin-signed-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/sign-in$"));
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("You are signed out.");
        await page.AssertAccessibleAsync(web, "signed-out");
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "equalify_session");

        await page.GotoAsync("/admin");
        Assert.EndsWith("/sign-in?returnUrl=%2Fadmin", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_SubmitterSession_Gets403PageNotARedirectLoop()
    {
        var page = await SignedInPageAsync(WebKeys.Submitter.Key, "/");
        var response = await page.GotoAsync("/admin");

        Assert.Equal(403, response!.Status);
        Assert.Contains("/access-denied", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You may not open this page");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("signed in as alice");
        await page.AssertAccessibleAsync(web, "access-denied");
    }

    [Fact]
    public async Task JobPage_SubmitterSession_DoesNotShowSomeoneElsesJob()
    {
        using var operatorApi = _keyed.Client(WebKeys.Operator.Key);
        var jobId = await operatorApi.SubmitAsync(TestPdfs.Clean(), "not-yours.pdf");
        var page = await SignedInPageAsync(WebKeys.Submitter.Key, "/");

        var response = await page.GotoAsync($"/jobs/{jobId}");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Job not found");
    }

    [Fact]
    public async Task Review_SignedInReviewerOpensTheLink_DecisionIsRecordedUnderTheKeysName()
    {
        using var operatorApi = _keyed.Client(WebKeys.Operator.Key);
        var jobId = await operatorApi.SubmitAsync(TestPdfs.WithPii(), "signed-review.pdf");
        var reviewUrl = await Outbox.WaitForReviewUrlAsync(web.OutboxFolder, jobId);
        var page = await SignedInPageAsync(WebKeys.Reviewer.Key, "/sign-in");

        // The e-mail's link points at the main app; the same path on this app is what a reviewer opens.
        await page.GotoAsync(reviewUrl.PathAndQuery);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("signed-review.pdf");
        await Assertions.Expect(page.Locator(".site-header .session")).ToContainTextAsync("Signed in as dr-lee");
        await Assertions.Expect(page.Locator("#reviewed-by")).ToHaveValueAsync("dr-lee");
        await Assertions.Expect(page.Locator("#reviewed-by")).Not.ToBeEditableAsync();
        await page.AssertAccessibleAsync(web, "review-signed-in");
        await page.FillAsync("#justification", "Consent to share the grades is on file.");

        await page.ClickAsync("#approve");
        await operatorApi.WaitForStatusAsync(jobId, "completed", TimeSpan.FromSeconds(90));
        using var job = await operatorApi.GetAsync($"/api/v1/documents/{jobId}");
        using var body = System.Text.Json.JsonDocument.Parse(await job.Content.ReadAsStringAsync());
        Assert.Equal("dr-lee", body.RootElement.GetProperty("decision").GetProperty("reviewed_by").GetString());
    }

    private async Task<IPage> SignedInPageAsync(string key, string returnUrl)
    {
        var page = await web.NewPageAsync(baseUrl: _keyed.BaseUrl);
        await page.GotoAsync($"/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.FillAsync("#api_key", key);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == returnUrl);
        return page;
    }

    [GeneratedRegex("/jobs/[0-9a-f]{32}$")]
    private static partial Regex JobUrl();
}
