// Measures conversion speed (pages/s on one core) and peak memory against pdftotext, and prints the issue-3 targets.
using EqualifyPdf.Conversion.Bench;

return BenchCommand.Run(args, Console.Out);
