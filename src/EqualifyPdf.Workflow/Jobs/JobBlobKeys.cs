namespace EqualifyPdf.Workflow.Jobs;

/// <summary>Blob keys of a job. Everything in the temp container lives under <c>"{jobId}/"</c>.</summary>
public static class JobBlobKeys
{
    /// <summary>Prefix of all the job's blobs in either container.</summary>
    public static string Prefix(string jobId) => $"{jobId}/";

    /// <summary>Suggested key of the upload in the temp container (the front end chooses; any key works).</summary>
    public static string Upload(string jobId) => $"{jobId}/source.pdf";

    /// <summary>Document facts (title, language, page count) in the temp container.</summary>
    public static string DocumentInfo(string jobId) => $"{jobId}/document.json";

    /// <summary>A converted page model in the temp container.</summary>
    public static string SourcePage(string jobId, int page) => $"{jobId}/pages/{page}.json";

    /// <summary>A corrected page model in the temp container.</summary>
    public static string CorrectedPage(string jobId, int page) => $"{jobId}/corrected/{page}.json";

    /// <summary>A page's ledger entries in the temp container.</summary>
    public static string PageLedger(string jobId, int page) => $"{jobId}/ledger/{page}.json";

    /// <summary>Final outputs in the results container, by result name (<see cref="ResultNames"/>).</summary>
    public static string Result(string jobId, string fileName) => $"{jobId}/{fileName}";
}
