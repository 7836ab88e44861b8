namespace EqualifyPdf.Conversion.Bench;

/// <summary>One line of the report: our converter and pdftotext on the same workload.</summary>
public sealed record BenchRow(Workload Workload, Measurement Ours, Measurement Pdftotext);
