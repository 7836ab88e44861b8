using System.Text.RegularExpressions;

namespace EqualifyPdf.ClientApi.Web;

/// <summary>
/// A notification links to <c>/api/v1/approval/{token}/review</c>. A browser asking for HTML there is sent to the
/// review page instead of raw JSON; API clients (which do not ask for <c>text/html</c>) get the JSON as before.
/// </summary>
internal static partial class ReviewLinkRedirect
{
    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method)
            && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
            && ApiReviewPath().Match(request.Path.Value ?? "") is { Success: true } match)
        {
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            context.Response.Headers.CacheControl = "no-store";
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = $"{request.PathBase}/review/{match.Groups["token"].Value}";
            return Task.CompletedTask;
        }

        return next(context);
    }

    [GeneratedRegex("^/api/v1/approval/(?<token>[A-Za-z0-9_-]{1,128})/review$")]
    private static partial Regex ApiReviewPath();
}
