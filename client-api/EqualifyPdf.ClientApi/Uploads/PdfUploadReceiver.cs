using System.Text;
using EqualifyPdf.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace EqualifyPdf.ClientApi.Uploads;

/// <summary>
/// Reads a multipart PDF upload section by section and streams the file straight into the temp blob container,
/// so a 100 MB upload never sits in memory. Every problem with the request is collected, not just the first;
/// a rejected upload leaves no blob behind.
/// </summary>
public sealed class PdfUploadReceiver(IBlobStore blobs, IOptions<UploadOptions> options)
{
    private const int MaxTextFieldBytes = 4096;
    private const int MaxTitleLength = 500;
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly string[] PdfContentTypes = ["application/pdf", "application/x-pdf", "application/octet-stream"];

    /// <summary>Receives the upload of <paramref name="request"/> into <see cref="BlobContainers.Temp"/> under <paramref name="uploadKey"/>.</summary>
    public async Task<UploadOutcome> ReceiveAsync(HttpRequest request, string uploadKey, CancellationToken cancellationToken) =>
        await ReceiveAsync(request, uploadKey, SubmitRules.Submitter, cancellationToken).ConfigureAwait(false);

    /// <summary>As <see cref="ReceiveAsync(HttpRequest, string, CancellationToken)"/>, checking the submit options
    /// (<see cref="SubmitOptions"/>) against <paramref name="rules"/>.</summary>
    public async Task<UploadOutcome> ReceiveAsync(HttpRequest request, string uploadKey, SubmitRules rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var maxBytes = options.Value.MaxBytes;
        var errors = new UploadErrors();
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Length == 0)
        {
            errors.Add("file", "The request must be multipart/form-data with the PDF in the 'file' field.");
            return errors.ToOutcome();
        }

        // The limit applies to the file, not the request: lift Kestrel's 30 MB default and count file bytes ourselves.
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = null;
        }

        // Multipart framing adds well under 64 KB; anything beyond that is too large without reading a byte.
        if (request.ContentLength > maxBytes + 65536)
        {
            return errors.ToOutcome(UploadResultKind.TooLarge);
        }

        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value!;
        var reader = new MultipartReader(boundary, request.Body);
        string? filename = null;
        string? title = null;
        string? language = null;
        var optionFields = new Dictionary<string, string>(StringComparer.Ordinal);
        long size = 0;
        var sawFile = false;
        var stored = false;
        try
        {
            MultipartSection? section;
            while ((section = await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false)) is not null)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                switch (name)
                {
                    case "file" when sawFile:
                        errors.Add("file", "Send exactly one file per request.");
                        break;
                    case "file":
                        sawFile = true;
                        filename = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "");
                        (stored, size) = await ReceiveFileAsync(section, filename, uploadKey, maxBytes, errors, cancellationToken).ConfigureAwait(false);
                        break;
                    case "title":
                        title = await ReadTextFieldAsync(section, "title", errors, cancellationToken).ConfigureAwait(false);
                        break;
                    case "language":
                        language = await ReadTextFieldAsync(section, "language", errors, cancellationToken).ConfigureAwait(false);
                        break;
                    case not null when SubmitOptions.FieldNames.Contains(name):
                        optionFields[name] = await ReadTextFieldAsync(section, name, errors, cancellationToken).ConfigureAwait(false) ?? "";
                        break;
                }
            }
        }
        catch (UploadTooLargeException)
        {
            await DeleteAsync(uploadKey).ConfigureAwait(false);
            return errors.ToOutcome(UploadResultKind.TooLarge);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            await DeleteAsync(uploadKey).ConfigureAwait(false);
            errors.Add("file", "The multipart body is malformed or was cut off.");
            return errors.ToOutcome();
        }

        if (!sawFile)
        {
            errors.Add("file", "The 'file' field is missing: attach the PDF as multipart field 'file'.");
        }

        ValidateFields(title, language, errors);
        var submitOptions = await SubmitOptions.ParseAsync(optionFields, rules, errors).ConfigureAwait(false);
        if (errors.Any)
        {
            if (stored)
            {
                await DeleteAsync(uploadKey).ConfigureAwait(false);
            }

            return errors.ToOutcome();
        }

        return new UploadOutcome(UploadResultKind.Stored, errors.ToDictionary(), filename!, size, NullIfBlank(title), NullIfBlank(language), submitOptions);
    }

    private async Task<(bool Stored, long Size)> ReceiveFileAsync(
        MultipartSection section, string filename, string uploadKey, long maxBytes, UploadErrors errors, CancellationToken cancellationToken)
    {
        if (!filename.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("file", $"The file name '{filename}' does not end in .pdf.");
        }

        if (section.ContentType is { Length: > 0 } contentType
            && MediaTypeHeaderValue.TryParse(contentType, out var type)
            && !PdfContentTypes.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add("file", $"The file's content type '{type.MediaType.Value}' is not application/pdf.");
        }

        var head = new byte[PdfMagic.Length];
        var headLength = await section.Body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (headLength == 0)
        {
            errors.Add("file", "The file is empty.");
        }
        else if (!head.AsSpan(0, headLength).SequenceEqual(PdfMagic))
        {
            errors.Add("file", "The file does not start with '%PDF-': it is not a PDF document.");
        }

        if (errors.Any)
        {
            return (false, 0);
        }

        var content = new BoundedUploadStream(head.AsMemory(0, headLength), section.Body, maxBytes);
        var size = await blobs.WriteAsync(BlobContainers.Temp, uploadKey, content, cancellationToken).ConfigureAwait(false);
        return (true, size);
    }

    private static async Task<string?> ReadTextFieldAsync(MultipartSection section, string field, UploadErrors errors, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxTextFieldBytes + 1];
        var length = await section.Body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (length > MaxTextFieldBytes)
        {
            errors.Add(field, $"The '{field}' field is longer than {MaxTextFieldBytes} bytes.");
            return null;
        }

        return Encoding.UTF8.GetString(buffer, 0, length).Trim();
    }

    private static void ValidateFields(string? title, string? language, UploadErrors errors)
    {
        if (title is { Length: > MaxTitleLength })
        {
            errors.Add("title", $"The title is longer than {MaxTitleLength} characters.");
        }

        if (!string.IsNullOrWhiteSpace(language) && !LanguageTag.IsValid(language))
        {
            errors.Add("language", $"'{language}' is not a BCP 47 language tag such as 'en' or 'fr-CA'.");
        }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private Task DeleteAsync(string uploadKey) => blobs.DeleteAsync(BlobContainers.Temp, uploadKey, CancellationToken.None);
}
