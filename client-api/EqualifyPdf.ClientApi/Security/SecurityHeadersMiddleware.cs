using Microsoft.Net.Http.Headers;

namespace EqualifyPdf.ClientApi.Security;

/// <summary>
/// Adds <c>X-Content-Type-Options: nosniff</c> to every answer and the headers of the route's
/// <see cref="ResponseHardening"/>. Set when the response starts, so error answers (written after the exception
/// handler cleared the headers) carry them too.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var hardening = context.GetEndpoint()?.Metadata.GetMetadata<ResponseHardening>();
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (hardening is { NoStore: true })
            {
                headers.CacheControl = "no-store";
                headers[HeaderNames.Pragma] = "no-cache";
                headers["Referrer-Policy"] = "no-referrer";
            }

            if (hardening is { SandboxedContent: true })
            {
                headers.ContentSecurityPolicy = ResponseHardening.SandboxedContentPolicy;
            }
            else if (hardening is { Page: true })
            {
                headers.ContentSecurityPolicy = ResponseHardening.PagePolicy;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
