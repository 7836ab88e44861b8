namespace EqualifyPdf.Workflow.Jobs;

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
}
