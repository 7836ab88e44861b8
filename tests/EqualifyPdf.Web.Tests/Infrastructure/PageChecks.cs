using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace EqualifyPdf.Web.Tests.Infrastructure;

/// <summary>What every page state the tests reach must pass: axe-core with no violation; a screenshot for reviewers.</summary>
internal static class PageChecks
{
    /// <summary>Runs axe-core (every rule it ships enabled by default: WCAG 2.0–2.2 A/AA and best practices) on the page
    /// and on the document of each of its frames, and fails on any violation; then saves a full-page screenshot named
    /// <paramref name="state"/>. Frames are checked as pages of their own: axe cannot run inside the job page's preview,
    /// which is sandboxed without scripts (so injecting into it never returns).</summary>
    public static async Task AssertAccessibleAsync(this IPage page, WebFixture fixture, string state)
    {
        var violations = await ViolationsAsync(page);
        foreach (var frameUrl in await page.EvalOnSelectorAllAsync<string[]>("iframe[src]", "frames => frames.map(f => f.src)"))
        {
            var framePage = await page.Context.NewPageAsync();
            await framePage.GotoAsync(frameUrl);
            violations.AddRange((await ViolationsAsync(framePage)).Select(v => $"in frame {frameUrl}: {v}"));
            await framePage.CloseAsync();
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, state + ".png"), FullPage = true });
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) on '{state}' ({page.Url}):\n{string.Join("\n", violations)}");
    }

    /// <summary>The same check for a page of a context with JavaScript off, where axe cannot run: its HTML is checked
    /// in a scripted page at the same address (so its stylesheet applies).</summary>
    public static async Task AssertAccessibleWithoutScriptAsync(this IPage page, WebFixture fixture, string state)
    {
        var html = await page.ContentAsync();
        var scripted = await fixture.NewPageAsync();
        await scripted.GotoAsync(page.Url);
        await scripted.SetContentAsync(html);
        await scripted.AssertAccessibleAsync(fixture, state);
        await scripted.Context.CloseAsync();
    }

    private static async Task<List<string>> ViolationsAsync(IPage page)
    {
        // Bounded: a page state that axe cannot finish on must fail the test, not hang the run.
        var result = await page.RunAxe(new AxeRunOptions { Iframes = false }).WaitAsync(TimeSpan.FromSeconds(90));
        return [.. result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString() ?? n.Html))}")];
    }

    /// <summary>Clicks a submit button and returns the answer to the form's POST.</summary>
    public static async Task<IResponse> SubmitAsync(this IPage page, string selector)
    {
        var answered = new TaskCompletionSource<IResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnResponse(object? sender, IResponse response)
        {
            if (response.Request.Method == "POST" && response.Request.IsNavigationRequest)
            {
                answered.TrySetResult(response);
            }
        }

        page.Response += OnResponse;
        try
        {
            await page.ClickAsync(selector);
            return await answered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            page.Response -= OnResponse;
        }
    }

    /// <summary>Clicks a download link and returns the saved file's text. (Event-based with a time limit: Playwright's
    /// <c>RunAndWaitFor…</c> helpers never returned under the xUnit runner here.)</summary>
    public static async Task<(string SuggestedName, string Text)> DownloadAsync(this IPage page, ILocator link)
    {
        var started = new TaskCompletionSource<IDownload>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnDownload(object? sender, IDownload download) => started.TrySetResult(download);
        page.Download += OnDownload;
        try
        {
            await link.ClickAsync();
            var download = await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var path = await download.PathAsync().WaitAsync(TimeSpan.FromSeconds(30));
            return (download.SuggestedFilename, await File.ReadAllTextAsync(path));
        }
        finally
        {
            page.Download -= OnDownload;
        }
    }

    /// <summary>Presses Tab until <paramref name="selector"/> has the focus (at most 30 presses), as a keyboard user would.</summary>
    public static async Task TabToAsync(this IPage page, string selector)
    {
        for (var i = 0; i < 30; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvalOnSelectorAsync<bool>(selector, "el => el === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector} on {page.Url}.");
    }
}
