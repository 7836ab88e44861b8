using System.Net;
using System.Text.RegularExpressions;
using EqualifyPdf.ClientApi.Security;
using EqualifyPdf.ClientApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EqualifyPdf.ClientApi.Tests.Security;

/// <summary>With keys configured, browsers sign in on <c>/sign-in</c> and get a cookie session; pages redirect an
/// anonymous browser there while API routes keep answering 401/403 problem details; every page carries the page CSP.</summary>
[Collection(ClusterCollection.Name)]
public sealed partial class BrowserSessionTests(ClusterFixture cluster) : IAsyncLifetime
{
    private const string SomeJob = "0123456789abcdef0123456789abcdef";
    private readonly ClientApiFactory _api = cluster.CreateApi(TestKeys.Settings());

    public static TheoryData<string> Pages() => new()
    {
        "/", $"/jobs/{SomeJob}", $"/review/{new string('D', 43)}", "/admin", "/sign-in", "/sign-out", "/access-denied",
    };

    [Theory]
    [InlineData("/")]
    [InlineData("/admin")]
    [InlineData($"/jobs/{SomeJob}")]
    public async Task Page_AnonymousBrowser_RedirectsToSignInWithReturnUrl(string path)
    {
        using var browser = Browser();
        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/sign-in?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task SignIn_ValidKey_SetsHttpOnlyStrictSessionAndReturnsToThePageAskedFor()
    {
        using var browser = Browser();
        using var signedIn = await SignInAsync(browser, TestKeys.Alice.Key, returnUrl: "/jobs/" + SomeJob);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/jobs/" + SomeJob, signedIn.Headers.Location?.OriginalString);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("equalify_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TestKeys.Alice.Key, cookie, StringComparison.Ordinal);
        using var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Signed in as <strong>alice</strong>", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ForeignReturnUrl_GoesHomeInstead()
    {
        using var browser = Browser();
        using var signedIn = await SignInAsync(browser, TestKeys.Alice.Key, returnUrl: "https://evil.example/");
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_WrongKey_400WithTheErrorTiedToTheFieldAndNoSession()
    {
        using var browser = Browser();
        using var refused = await SignInAsync(browser, TestKeys.Alice.Key + "x");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(refused.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("equalify_session=", StringComparison.Ordinal)));
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Matches("id=\"api_key\"[^>]*aria-describedby=\"api_key-hint api_key-error\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains("id=\"api_key-error\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#api_key\">That API key is not valid.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiRoutes_WithSubmitterSession_AnswerProblemDetailsNeverARedirect()
    {
        using var browser = Browser();
        (await SignInAsync(browser, TestKeys.Alice.Key)).Dispose();

        // A read with the session works (the job page's downloads and live progress)...
        using var unknown = await browser.GetAsync($"/api/v1/documents/{SomeJob}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        // ...an operator route is 403 problem details, not the 403 page...
        using var operatorOnly = await browser.GetAsync("/api/v1/jobs");
        Assert.Equal(HttpStatusCode.Forbidden, operatorOnly.StatusCode);
        Assert.Equal(403, (await operatorOnly.ReadProblemAsync()).GetProperty("status").GetInt32());
        // ...and a write from anywhere but this site's own pages does not count the cookie: 401, not a sign-in redirect.
        using var forged = await browser.PostAsync($"/api/v1/documents/{SomeJob}/cancel", null);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(401, (await forged.ReadProblemAsync()).GetProperty("status").GetInt32());
        using var ownPage = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/documents/{SomeJob}/cancel");
        ownPage.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var fromOwnPage = await browser.SendAsync(ownPage);
        Assert.Equal(HttpStatusCode.NotFound, fromOwnPage.StatusCode);
    }

    [Fact]
    public async Task Admin_SubmitterSession_Gets403PageWithoutALoop()
    {
        using var browser = Browser();
        (await SignInAsync(browser, TestKeys.Alice.Key)).Dispose();

        using var admin = await browser.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Equal("/access-denied?returnUrl=%2Fadmin", admin.Headers.Location?.PathAndQuery);
        using var denied = await browser.GetAsync(admin.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("You may not open this page", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_Post_EndsTheSession()
    {
        using var browser = Browser();
        (await SignInAsync(browser, TestKeys.Operator.Key)).Dispose();
        using (var admin = await browser.GetAsync("/admin"))
        {
            Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        }

        using var form = await browser.GetAsync("/sign-out");
        using var signedOut = await browser.PostAsync("/sign-out", Form(await TokenAsync(form)));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        using var after = await browser.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/sign-in?returnUrl=%2Fadmin", after.Headers.Location?.PathAndQuery);
    }

    [Theory]
    [InlineData("/assets/site.css", "text/css")]
    [InlineData("/assets/forms.js", "text/javascript")]
    public async Task Assets_AnonymousBrowser_ServedWithNosniffForTheSignInPage(string path, string mediaType)
    {
        using var browser = Browser();
        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_CarriesThePageCspWithoutInlineScriptOrStyleAndTheOtherHeaders(string path)
    {
        using var client = _api.CreateClient(TestKeys.Operator);
        using var response = await client.GetAsync(path);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(ResponseHardening.PagePolicy, csp);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private HttpClient Browser() => _api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string key, string? returnUrl = null)
    {
        var path = returnUrl is null ? "/sign-in" : $"/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}";
        using var page = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await browser.PostAsync(path, Form(await TokenAsync(page), ("api_key", key)));
    }

    private static async Task<string> TokenAsync(HttpResponseMessage page) =>
        AntiforgeryToken().Match(await page.Content.ReadAsStringAsync()) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups["token"].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
