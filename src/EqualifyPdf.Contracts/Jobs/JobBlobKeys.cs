namespace EqualifyPdf.Contracts.Jobs;

/// <summary>Blob keys of a job, shared by the front end and the silo. Everything of a job in the temp container lives
/// under <c>"{jobId}/"</c>, which is how the sweeper finds what belongs to no active job.</summary>
public static class JobBlobKeys
{
    /// <summary>Prefix of all the job's blobs in either container.</summary>
    public static string Prefix(string jobId) => $"{jobId}/";

    /// <summary>The key of the upload in the temp container: the only one a job accepts, derived from its id.</summary>
    public static string Upload(string jobId) => $"{jobId}/source.pdf";

    /// <summary>Document facts (title, language, page count) in the temp container.</summary>
    public static string DocumentInfo(string jobId) => $"{jobId}/document.json";

    /// <summary>Per page, the level of the last heading before it (a JSON array), in the temp container.</summary>
    public static string Outline(string jobId) => $"{jobId}/outline.json";

    /// <summary>Every masked PII finding of the job (the state keeps only the first ones), in the temp container.</summary>
    public static string Findings(string jobId) => $"{jobId}/findings.json";

    /// <summary>A converted page model in the temp container.</summary>
    public static string SourcePage(string jobId, int page) => $"{jobId}/pages/{page}.json";

    /// <summary>A corrected page model in the temp container.</summary>
    public static string CorrectedPage(string jobId, int page) => $"{jobId}/corrected/{page}.json";

    /// <summary>The document pass's ledger entries (heading levels) in the temp container.</summary>
    public static string DocumentLedger(string jobId) => $"{jobId}/ledger/document.json";

    /// <summary>The document's heading outline after the document pass, shown to the model with every page, in the temp container.</summary>
    public static string Headings(string jobId) => $"{jobId}/headings.json";

    /// <summary>A page's ledger entries in the temp container.</summary>
    public static string PageLedger(string jobId, int page) => $"{jobId}/ledger/{page}.json";

    /// <summary>Final outputs in the results container, by result name (<see cref="ResultNames"/>).</summary>
    public static string Result(string jobId, string fileName) => $"{jobId}/{fileName}";
}
