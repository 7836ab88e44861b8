using System.CommandLine;
using EqualifyPdf.Cli.Hosting;
using EqualifyPdf.Cli.InProcess;
using Microsoft.Extensions.Logging;

namespace EqualifyPdf.Cli.Commands;

/// <summary>
/// <c>run &lt;pdf&gt;... -o DIR [--format …] [--yes|--no]</c>: the whole service workflow on this machine, through an
/// in-process silo on the embedded defaults: PII scan, the review gate (asked on the terminal), conversion and page
/// correction, then the results copied to DIR. The silo's state lives in a temporary folder (or <c>--data</c>).
/// </summary>
internal static class RunCommand
{
    /// <summary>The <c>run</c> command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "The PDF files to convert." };
        CommandLineChecks.RejectOptionLikeValues(files);
        var output = new Option<string>("--output", "-o") { Required = true, HelpName = "dir", Description = "The folder for the results." };
        var format = OutputFormats.Option("Results to write: html, markdown (md), ledger, metadata, comma-separated.", "html,markdown",
            OutputFormats.Html, OutputFormats.Markdown, OutputFormats.Ledger, OutputFormats.Metadata);
        var yes = new Option<bool>("--yes", "-y") { Description = "Approve every document that needs review without asking." };
        var no = new Option<bool>("--no", "-n") { Description = "Deny every document that needs review without asking." };
        var justification = new Option<string>("--justification", "-j") { HelpName = "text", Description = "Recorded with each decision." };
        var data = new Option<string>("--data") { HelpName = "dir", Description = "Keep the silo's state here (default: a temporary folder, removed after)." };
        var verbose = new Option<bool>("--verbose") { Description = "Show the silo's informational logs on stderr." };
        var command = new Command("run", "Convert PDFs end to end through an in-process silo, PII gate included.")
        {
            files, output, format, yes, no, justification, data, verbose,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(yes) && result.GetValue(no))
            {
                result.AddError("--yes and --no cannot be used together.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var outDir = parse.GetRequiredValue(output);
            var preset = parse.GetValue(yes) ? true : parse.GetValue(no) ? false : (bool?)null;
            var options = new LocalRunOptions(outDir, OutputFormats.Parse(parse.GetValue(format)!), new ReviewGate(env, preset),
                parse.GetValue(justification) ?? (preset is null ? "Reviewed on the terminal (equalify-pdf run)." : $"equalify-pdf run {(preset.Value ? "--yes" : "--no")}"));
            var keep = parse.GetValue(data);
            var folder = keep is null ? Directory.CreateTempSubdirectory("equalify-run-").FullName : Path.GetFullPath(keep);
            Directory.CreateDirectory(folder);
            Directory.CreateDirectory(outDir);
            try
            {
                await using var silo = await LocalSilo.StartAsync(folder, parse.GetValue(verbose) ? LogLevel.Information : LogLevel.Error, cancellationToken);
                return await LocalRun.RunAllAsync(env, silo, parse.GetRequiredValue(files), options, cancellationToken);
            }
            finally
            {
                if (keep is null)
                {
                    TryDelete(folder);
                }
            }
        });
        return command;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A worker still closing a file; the OS temp cleaner gets it.
        }
    }
}
