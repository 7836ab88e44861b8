namespace EqualifyPdf.Cli.Service;

/// <summary>Why a job failed.</summary>
internal sealed record JobErrorView(string Stage, string Category, string Message);
