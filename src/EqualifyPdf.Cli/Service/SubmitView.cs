namespace EqualifyPdf.Cli.Service;

/// <summary>The 202 body of a submit.</summary>
internal sealed record SubmitView(string JobId, string Status, string StatusUrl);
