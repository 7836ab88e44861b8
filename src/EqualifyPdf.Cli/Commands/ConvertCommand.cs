using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using EqualifyPdf.Cli.Hosting;
using EqualifyPdf.Cli.Rendering;
using EqualifyPdf.Conversion;
using UglyToad.PdfPig;

namespace EqualifyPdf.Cli.Commands;

/// <summary>
/// <c>convert &lt;file.pdf&gt;... -o &lt;dir&gt; [--format html,markdown]</c>: converts each file on this machine, writing
/// through a temporary file and a rename so a failed or interrupted conversion never leaves a partial output behind.
/// One line per file on stdout, in the order the files were given; on a terminal, progress bars over files and pages as
/// well. Files are converted several at a time (<c>--jobs</c>, by default one per processor this process may use): a
/// command-line user waits for the wall time, and one conversion keeps one core busy.
/// </summary>
internal static class ConvertCommand
{
    /// <summary>Runs <c>convert</c> with <paramref name="args"/> (the words after <c>convert</c>) and plain output.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        CliApp.Run(["convert", .. args], new CliEnvironment(stdout, stderr));

    /// <summary>The <c>convert</c> command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "The PDF files to convert." };
        CommandLineChecks.RejectOptionLikeValues(files);
        var output = new Option<string>("--output", "-o") { Required = true, HelpName = "dir", Description = "The folder to write <name>.html and <name>.md into." };
        var format = OutputFormats.Option("Which outputs to write: html, markdown (or md), comma-separated.", "html,markdown", "html", "markdown");
        var jobs = new Option<int>("--jobs", "-j")
        {
            HelpName = "n",
            Description = "How many files to convert at once (default: the number of processors this process may use).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs must be at least 1.");
            }
        });
        var command = new Command("convert", "Convert PDF files to accessible HTML and Markdown on this machine.") { files, output, format, jobs };
        command.SetAction(parse =>
        {
            var outDir = parse.GetRequiredValue(output);
            var formats = OutputFormats.Parse(parse.GetValue(format)!);
            Directory.CreateDirectory(outDir);
            var paths = parse.GetRequiredValue(files);
            var parallel = parse.GetValue(jobs);
            return ProgressBoards.Run(env, board => ConvertAll(env, paths, outDir, formats, parallel, board));
        });
        return command;
    }

    private static int ConvertAll(CliEnvironment env, string[] files, string outDir, IReadOnlySet<string> formats, int jobs, IProgressBoard board)
    {
        var fileBar = board.Add("files", files.Length);
        // Page totals are counted up front only for the live display; a plain run does not open each file twice.
        var pageBar = board.Add("pages", env.Terminal is null ? 0 : files.Sum(CountPages));
        var reports = new OrderedReports(env, files.Length);
        var failures = 0;
        // Files that write the same output name convert one after another in the given order, so the last one given
        // still wins as in a one-at-a-time run. Groups are taken one at a time, in order, by whichever worker is free.
        var groups = Enumerable.Range(0, files.Length).GroupBy(i => Path.GetFileNameWithoutExtension(files[i]), StringComparer.Ordinal).ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = jobs };
        try
        {
            Parallel.ForEach(Partitioner.Create(groups, EnumerablePartitionerOptions.NoBuffering), options, group =>
            {
                foreach (var i in group)
                {
                    fileBar.Describe($"files: {Path.GetFileName(files[i])}");
                    var report = ConvertOne(files[i], outDir, formats);
                    if (report.Pages is null)
                    {
                        Interlocked.Increment(ref failures);
                    }

                    reports.Complete(i, report);
                    fileBar.Increment(1);
                    pageBar.Increment(report.Pages ?? 0);
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            // An unexpected failure surfaces as itself, as it did when the files were converted one at a time.
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        fileBar.Describe("files");
        return failures == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static FileReport ConvertOne(string file, string outDir, IReadOnlySet<string> formats)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var watch = Stopwatch.StartNew();
        try
        {
            using var input = File.OpenRead(file);
            var doc = DocumentConverter.Convert(input, new ConversionOptions { SourceName = name });
            var outputs = new List<(string Path, string Text)>();
            if (formats.Contains(OutputFormats.Html))
            {
                outputs.Add((Path.Combine(outDir, name + ".html"), HtmlRenderer.Render(doc)));
            }

            if (formats.Contains(OutputFormats.Markdown))
            {
                outputs.Add((Path.Combine(outDir, name + ".md"), MarkdownRenderer.Render(doc)));
            }

            foreach (var (path, text) in outputs)
            {
                AtomicFile.WriteAllText(path, text);
            }

            var seconds = watch.Elapsed.TotalSeconds;
            var pageWord = doc.Info.PageCount == 1 ? "page" : "pages";
            var lines = new List<(bool, string)>
            {
                (false, $"{file}: {doc.Info.PageCount} {pageWord} in {seconds:0.00}s ({doc.Info.PageCount / Math.Max(seconds, 1e-6):0.0} pages/s) -> {string.Join(", ", outputs.Select(o => o.Path))}"),
            };
            lines.AddRange(doc.Info.Warnings.Select(warning => (true, $"{file}: warning: {warning}")));
            return new FileReport(doc.Info.PageCount, lines);
        }
        catch (ConversionException ex)
        {
            return new FileReport(null, [(true, $"{file}: error ({ex.Kind}): {ex.Message}")]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FileReport(null, [(true, $"{file}: error: {ex.Message}")]);
        }
    }

    private static int CountPages(string file)
    {
        try
        {
            using var document = PdfDocument.Open(file);
            return document.NumberOfPages;
        }
        catch (Exception)
        {
            return 0; // the conversion reports the problem
        }
    }
}
