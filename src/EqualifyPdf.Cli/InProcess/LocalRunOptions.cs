namespace EqualifyPdf.Cli.InProcess;

/// <summary>What <c>run</c> was asked for.</summary>
/// <param name="OutDir">Where the results go.</param>
/// <param name="Formats">Which results (html, markdown, ledger, metadata).</param>
/// <param name="Gate">Decides documents held for review.</param>
/// <param name="Justification">Recorded with each decision.</param>
internal sealed record LocalRunOptions(string OutDir, IReadOnlySet<string> Formats, ReviewGate Gate, string Justification);
