namespace EqualifyPdf.ClientApi.Uploads;

/// <summary>The result of receiving an upload.</summary>
/// <param name="Kind">Stored, invalid or too large.</param>
/// <param name="Errors">Every reason for rejection, by form field (RFC 7807 validation errors).</param>
/// <param name="Filename">The uploaded file name.</param>
/// <param name="SizeBytes">Bytes stored.</param>
/// <param name="Title">Optional <c>title</c> field.</param>
/// <param name="Language">Optional <c>language</c> field.</param>
/// <param name="Options">The optional submit options (review mode, OCR languages, PII-scan skip).</param>
public sealed record UploadOutcome(
    UploadResultKind Kind,
    IDictionary<string, string[]> Errors,
    string Filename,
    long SizeBytes,
    string? Title,
    string? Language,
    SubmitOptions? Options = null);
