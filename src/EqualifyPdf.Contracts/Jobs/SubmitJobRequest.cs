namespace EqualifyPdf.Contracts.Jobs;

/// <summary>What the front end hands a new job once the upload sits in the temp blob container.</summary>
/// <param name="Filename">Original file name as uploaded.</param>
/// <param name="UploadKey">Key of the uploaded PDF in the temp container.</param>
/// <param name="SizeBytes">Size of the upload.</param>
/// <param name="Title">Optional title supplied by the user.</param>
/// <param name="Language">Optional BCP 47 language supplied by the user.</param>
/// <param name="SubmittedBy">Who submitted it, for the history.</param>
/// <param name="ReviewMode"><c>human</c>: a reviewer decides even when the PII scan is clean.</param>
/// <param name="OcrLanguages">Tesseract languages for scanned pages (e.g. <c>eng</c>, <c>fra</c>); empty = the default.</param>
/// <param name="SkipPiiScan">An operator's choice to convert without the PII scan.</param>
/// <param name="SkipReason">Why the scan was skipped (recorded in the history); required with <paramref name="SkipPiiScan"/>.</param>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.SubmitJobRequest")]
public sealed record SubmitJobRequest(
    string Filename,
    string UploadKey,
    long SizeBytes,
    string? Title,
    string? Language,
    string SubmittedBy,
    ReviewMode ReviewMode = ReviewMode.Auto,
    IReadOnlyList<string>? OcrLanguages = null,
    bool SkipPiiScan = false,
    string? SkipReason = null);
