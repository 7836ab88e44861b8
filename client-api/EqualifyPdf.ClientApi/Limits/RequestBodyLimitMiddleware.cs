using Microsoft.AspNetCore.Http.Features;

namespace EqualifyPdf.ClientApi.Limits;

/// <summary>
/// Enforces each route's <see cref="RequestBodyLimit"/> before its handler: a declared length above the limit is
/// refused unread, and any other body (chunked included) is read up to one byte past the limit into memory — the
/// limits are small — so the handler never sees more, and an oversized one is answered 413 problem details.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        var limit = endpoint is null ? null : endpoint.Metadata.GetMetadata<RequestBodyLimit>() is { } declared
            ? declared.MaxBytes
            : RequestBodyLimit.DefaultMaxBytes;
        if (limit is not { } maxBytes || context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var request = context.Request;
        if (request.ContentLength > maxBytes)
        {
            await TooLargeAsync(context, maxBytes).ConfigureAwait(false);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBytes;
        }

        var buffer = new byte[maxBytes + 1];
        int length;
        try
        {
            length = await request.Body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            length = buffer.Length; // the server's own limit (the same one) stopped it first
        }

        if (length > maxBytes)
        {
            await TooLargeAsync(context, maxBytes).ConfigureAwait(false);
            return;
        }

        request.Body = new MemoryStream(buffer, 0, length, writable: false);
        await next(context).ConfigureAwait(false);
    }

    private static Task TooLargeAsync(HttpContext context, long maxBytes) =>
        Results.Problem(
                $"The request body is larger than this route's limit of {maxBytes} bytes.",
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Payload Too Large")
            .ExecuteAsync(context);
}
