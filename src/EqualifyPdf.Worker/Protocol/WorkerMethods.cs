namespace EqualifyPdf.Worker.Protocol;

/// <summary>The JSON-RPC method names a document worker answers.</summary>
public static class WorkerMethods
{
    /// <summary>Extracts page texts and PII-scans them: <see cref="ScanPiiRequest"/> in, a PII report out.</summary>
    public const string ScanPii = "scanPii";

    /// <summary>Converts a PDF: <see cref="ConvertRequest"/> in, the document model out.</summary>
    public const string Convert = "convert";

    /// <summary>Renders one page as PNG with <c>pdftoppm</c>: <see cref="RenderPageRequest"/> in, the PNG (or null) out.</summary>
    public const string RenderPage = "renderPage";

    /// <summary>Answers the worker's process id; tells the pool the worker is up.</summary>
    public const string Ping = "ping";
}
