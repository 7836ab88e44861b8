using System.Text;
using EqualifyPdf.ClientApi.Uploads;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace EqualifyPdf.ClientApi.Web;

/// <summary>
/// Checks the antiforgery token of the upload form without reading the form: ASP.NET Core's own check would buffer the
/// whole PDF before the handler runs. The token is the form's first field (the page renders it first, and browsers send
/// fields in document order), so it sits in the first few bytes of the body. Those bytes are read, the token is
/// checked, and the body is handed on without that first part, so the upload receiver sees the same fields the API gets.
/// </summary>
internal static class MultipartAntiforgery
{
    private const int MaxPrefixBytes = 8192;

    /// <summary>True when the request carries a valid token; the request body then starts at the form's second part.</summary>
    public static async Task<bool> ValidateAsync(HttpContext context, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> options)
    {
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary) is not { Length: > 0 } boundarySegment
            || options.Value.HeaderName is not { } headerName)
        {
            return false;
        }

        // The receiver lifts Kestrel's default body limit for the file; it can only do so before the first read.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = null;
        }

        var boundary = boundarySegment.Value!;
        var prefix = new byte[MaxPrefixBytes];
        var length = await request.Body.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false, context.RequestAborted);
        var end = prefix.AsSpan(0, length).IndexOf(Encoding.ASCII.GetBytes("\r\n--" + boundary));
        if (end < 0)
        {
            return false;
        }

        string? token;
        try
        {
            var reader = new MultipartReader(boundary, new MemoryStream(prefix, 0, length));
            var section = await reader.ReadNextSectionAsync(context.RequestAborted);
            token = section is not null
                && ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                && HeaderUtilities.RemoveQuotes(disposition.Name).Equals(options.Value.FormFieldName, StringComparison.Ordinal)
                    ? await new StreamReader(section.Body).ReadToEndAsync(context.RequestAborted)
                    : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return false;
        }

        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        // "\r\n--boundary" closing the token's part is a preamble line followed by the next part's opening delimiter.
        request.Body = new BoundedUploadStream(prefix.AsMemory(end, length - end), request.Body, long.MaxValue);
        request.Headers[headerName] = token;
        return await antiforgery.IsRequestValidAsync(context);
    }
}
