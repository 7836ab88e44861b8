// equalify-pdf: the command line to the conversion engine and PII scanner on files, to a running service, and to an
// in-process silo (run).
using EqualifyPdf.Cli.Hosting;

return await CliApp.RunAsync(args, CliEnvironment.FromConsole());
