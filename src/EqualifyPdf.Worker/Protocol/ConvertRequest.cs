namespace EqualifyPdf.Worker.Protocol;

/// <summary>Asks a worker to convert one PDF.</summary>
/// <param name="PdfPath">Absolute path of the PDF; the worker opens it read-only.</param>
/// <param name="JobId">The job being converted, for diagnostics.</param>
/// <param name="Filename">The uploaded file name (title fallback).</param>
/// <param name="Language">The user's BCP 47 language, if given.</param>
/// <param name="OcrLanguage">Tesseract language(s) for scanned pages (<c>eng+fra</c>), if the user chose them.</param>
public sealed record ConvertRequest(string PdfPath, string JobId, string Filename, string? Language, string? OcrLanguage = null);
