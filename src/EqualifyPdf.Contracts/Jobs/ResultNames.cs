namespace EqualifyPdf.Contracts.Jobs;

/// <summary>The result formats of a completed job: keys of <c>JobSnapshot.ResultKeys</c> and their file names.</summary>
public static class ResultNames
{
    public const string Html = "html";
    public const string Markdown = "markdown";
    public const string Ledger = "ledger";
    public const string Metadata = "metadata";

    /// <summary>Format → file name in the results container (under <c>"{jobId}/"</c>).</summary>
    public static IReadOnlyDictionary<string, string> FileNames { get; } = new Dictionary<string, string>
    {
        [Html] = "document.html",
        [Markdown] = "document.md",
        [Ledger] = "ledger.json",
        [Metadata] = "metadata.json",
    };

    /// <summary>Format → content type the front end serves it with.</summary>
    public static IReadOnlyDictionary<string, string> ContentTypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Html] = "text/html; charset=utf-8",
        [Markdown] = "text/markdown; charset=utf-8",
        [Ledger] = "application/json; charset=utf-8",
        [Metadata] = "application/json; charset=utf-8",
    };
}
